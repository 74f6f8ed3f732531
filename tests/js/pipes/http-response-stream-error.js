// A response stream that fails part way closes the connection: the
// client has the chunks sent before the failure, and then an error, as
// the chunked body never ended. A chunk that is not a Uint8Array fails
// the same way. The server goes on serving.
// needs: pipes
// perms: --allow-net
// expect: /fail: got "before", then TypeError
// expect: /string: got "", then TypeError
// expect: after: ok
import { start } from "./_http.js";
const server = start((req) => {
  const path = new URL(req.url).pathname;
  if (path === "/ok") return new Response("ok");
  let step = 0;
  const body = new ReadableStream({
    pull(c) {
      if (path === "/string") c.enqueue("not bytes");
      else if (step++ === 0) c.enqueue(new TextEncoder().encode("before"));
      else c.error(new Error("the source failed"));
    },
  });
  return new Response(body);
});
for (const path of ["/fail", "/string"]) {
  const res = await fetch(`http://127.0.0.1:${server.addr.port}${path}`);
  const reader = res.body.getReader();
  let got = "";
  let error;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      got += new TextDecoder().decode(value);
    }
  } catch (e) {
    error = e.constructor.name;
  }
  print(`${path}: got ${JSON.stringify(got)}, then ${error}`);
}
print("after:", await (await fetch(`http://127.0.0.1:${server.addr.port}/ok`)).text());
await server.shutdown();
