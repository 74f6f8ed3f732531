// fetch's response.body is a stream over the connection, whatever frames
// the body: chunked coding (sent here in pieces cut inside size lines,
// data and CRLFs), Content-Length, or the end of the connection. A body
// with no content is null, as it is for a Request or Response made
// without one.
// needs: pipes
// perms: --allow-net
// expect: chunked: "hello, chunked world" true
// expect: content-length: "exactly 16 bytes" true
// expect: until close: "all of it, then the end" true
// expect: 204: null, HEAD: null
// expect: new Response(): null, new Request(): null, with a body: true true
import { rawServer } from "../fetch/_raw.js";
import { drain } from "./_http.js";
const bodies = {
  "/chunked": ["HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r", "\nhello\r\n", "F;ext=1\r\n, chunk",
    "ed world\r", "\n0\r\n\r\n"],
  "/length": ["HTTP/1.1 200 OK\r\nContent-Length: 16\r\n\r\nexactly ", "16 bytes"],
  "/close": ["HTTP/1.1 200 OK\r\n\r\nall of it, ", "then the end"],
  "/empty": ["HTTP/1.1 204 No Content\r\n\r\n"],
  "/head": ["HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"],
};
const server = rawServer((req) => bodies[req.split(" ")[1]]);
const url = (path) => `http://127.0.0.1:${server.port}${path}`;
for (const [label, path] of [["chunked", "/chunked"], ["content-length", "/length"], ["until close", "/close"]]) {
  const res = await fetch(url(path));
  const [, , bytes] = await drain(res.body);
  print(`${label}: ${JSON.stringify(new TextDecoder().decode(bytes))} ${res.body instanceof ReadableStream}`);
}
const empty = await fetch(url("/empty"));
const head = await fetch(url("/head"), { method: "HEAD" });
print(`204: ${empty.body}, HEAD: ${head.body}`);
print(`new Response(): ${new Response().body}, new Request(): ${new Request("http://x/").body}, with a body:`,
  new Response("x").body instanceof ReadableStream, new Request("http://x/", { method: "POST", body: "x" }).body !== null);
server.close();
