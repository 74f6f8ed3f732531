// A HEAD request gets the head of the answer GET would get, with its
// Content-Length, and no body: the next answer on the connection starts
// right after it.
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 200 OK
// expect: content-type: text/plain;charset=UTF-8
// expect: date: <now>
// expect: content-length: 12
// expect: |
// expect: HTTP/1.1 200 OK
// expect: content-type: text/plain;charset=UTF-8
// expect: date: <now>
// expect: content-length: 11
// expect: connection: close
// expect: |
// expect: GET /b body
import { exchange, show, start } from "./_raw.js";
const server = start((req) => new Response(`${req.method} ${req.url.slice(req.url.lastIndexOf("/"))} body`));
show(await exchange(server.addr.port,
  "HEAD /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"));
await server.shutdown();
