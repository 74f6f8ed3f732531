// A ReadableStream as a request's body goes up in chunked coding as it
// is read, which the program must allow with duplex: "half" (without it,
// TypeError, as in browsers and Deno). A GET cannot have one, and a
// redirect that would send it again fails.
// needs: pipes
// perms: --allow-net
// expect: server got: chunked, "one two three " in 2+ chunks
// expect: no duplex: TypeError
// expect: GET: TypeError
// expect: 307: TypeError
import { drain, start } from "./_http.js";
const server = start(async (req) => {
  if (new URL(req.url).pathname === "/moved") {
    return new Response(null, { status: 307, headers: { location: "/" } });
  }
  const [count, , bytes] = await drain(req.body);
  const text = new TextDecoder().decode(bytes);
  print(`server got: ${req.headers.get("transfer-encoding")}, ${JSON.stringify(text)} in ${count > 1 ? "2+" : count} chunks`);
  return new Response("ok");
});
const url = `http://127.0.0.1:${server.addr.port}/`;
const words = () => {
  const list = ["one ", "two ", "three "];
  return new ReadableStream({
    pull(c) {
      if (list.length > 0) c.enqueue(new TextEncoder().encode(list.shift()));
      else c.close();
    },
  });
};
await (await fetch(url, { method: "POST", body: words(), duplex: "half" })).text();
for (const [label, init] of [
  ["no duplex", { method: "POST", body: words() }],
  ["GET", { body: words(), duplex: "half" }],
]) {
  try {
    await fetch(url, init);
    print(label, "sent?");
  } catch (e) {
    print(`${label}: ${e.constructor.name}`);
  }
}
try {
  await fetch(`${url}moved`, { method: "POST", body: words(), duplex: "half" });
} catch (e) {
  print(`307: ${e.constructor.name}`);
}
await server.shutdown();
