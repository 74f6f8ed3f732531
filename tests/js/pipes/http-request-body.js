// A served request's body is a ReadableStream (null when there is none),
// and text(), json() and arrayBuffer() read it, whether the body came
// with its head or after it. A body read once is used.
// needs: pipes
// perms: --allow-net
// expect: GET body: null
// expect: POST /text: stream true, "hello there"
// expect: POST /json: {"a":[1,2]}
// expect: POST /bytes: 4 bytes 1,2,3,4
// expect: POST /late: stream true, "came after the head"
// expect: used after text(): true, again: TypeError
import { connect, enc, readUntil, start } from "./_http.js";
const server = start(async (req) => {
  const path = new URL(req.url).pathname;
  if (req.method === "GET") {
    print("GET body:", req.body);
    return new Response("ok");
  }
  if (path === "/json") print("POST /json:", JSON.stringify(await req.json()));
  else if (path === "/bytes") {
    const bytes = new Uint8Array(await req.arrayBuffer());
    print(`POST /bytes: ${bytes.length} bytes ${bytes.join(",")}`);
  } else {
    const isStream = req.body instanceof ReadableStream;
    print(`POST ${path}: stream ${isStream}, ${JSON.stringify(await req.text())}`);
    if (path === "/late") {
      let again;
      try {
        await req.text();
      } catch (e) {
        again = e.constructor.name;
      }
      print(`used after text(): ${req.bodyUsed}, again: ${again}`);
    }
  }
  return new Response("ok");
});
const { port } = server.addr;
const res = await fetch(`http://127.0.0.1:${port}/`);
await res.text();
for (const [path, body] of [["/text", "hello there"], ["/json", '{"a":[1,2]}']]) {
  await (await fetch(`http://127.0.0.1:${port}${path}`, { method: "POST", body })).text();
}
await (await fetch(`http://127.0.0.1:${port}/bytes`, { method: "POST", body: new Uint8Array([1, 2, 3, 4]) })).text();
// The head first, the body once the handler runs (it prints before
// answering, and it cannot answer before the body is all there).
const conn = await connect(port);
const late = "came after the head";
await conn.write(enc.encode(`POST /late HTTP/1.1\r\nHost: a\r\nContent-Length: ${late.length}\r\n\r\n`));
await conn.write(enc.encode(late));
await readUntil(conn, "ok");
conn.close();
await server.shutdown();
