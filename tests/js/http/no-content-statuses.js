// 204 and 304 answers have no content (RFC 9110), and the server frames
// every body itself. A 204 or 304 once went out with a body and a
// Content-Length, so a keep-alive client that (rightly) read no body
// took those bytes for the start of its next answer. Now: a Response
// with such a status and a body is a TypeError, as in Deno; a 204 or
// 304 has no Content-Length; a handler's own Content-Length or
// Transfer-Encoding is not written (the real length is). The answers
// below come on one connection, each right after the last.
// needs: http
// perms: --allow-net
// expect: TypeError: Response with null body status cannot have body
// expect: TypeError: Response with null body status cannot have body
// expect: HTTP/1.1 204 No Content
// expect: date: <now>
// expect: |
// expect: HTTP/1.1 304 Not Modified
// expect: etag: "v1"
// expect: date: <now>
// expect: |
// expect: HTTP/1.1 200 OK
// expect: content-type: text/plain;charset=UTF-8
// expect: date: <now>
// expect: content-length: 5
// expect: |
// expect: afterHTTP/1.1 200 OK
// expect: content-type: text/plain;charset=UTF-8
// expect: date: <now>
// expect: content-length: 4
// expect: connection: close
// expect: |
// expect: last
import { exchange, show, start } from "./_raw.js";
for (const status of [204, 304]) {
  try {
    new Response("body", { status });
    print(`${status} with a body: accepted`);
  } catch (e) {
    print(`${e.name}: ${e.message}`);
  }
}
const server = start((req) => {
  const path = req.url.slice(req.url.lastIndexOf("/"));
  if (path === "/204") return new Response(null, { status: 204 });
  if (path === "/304") return new Response(null, { status: 304, headers: { etag: '"v1"' } });
  if (path === "/framed") {
    return new Response("after", { headers: { "content-length": "0", "transfer-encoding": "chunked" } });
  }
  return new Response("last");
});
show(await exchange(server.addr.port, ["/204", "/304", "/framed", "/last"]
  .map((p, i) => `GET ${p} HTTP/1.1\r\nHost: a\r\n${i === 3 ? "Connection: close\r\n" : ""}\r\n`).join("")));
await server.shutdown();
