// A GET with headers: the handler sees method, absolute url and headers
// (case-insensitively); the response has a status line and content-length.
// needs: http
// perms: --allow-net
// expect: GET /hello?x=1 true
// expect: agent toy/1 custom Value
// expect: HTTP/1.1 200 OK
// expect: content-type: text/plain;charset=UTF-8
// expect: date: <now>
// expect: content-length: 2
// expect: connection: close
// expect: |
// expect: hi
import { exchange, show, start } from "./_raw.js";
const server = start((req) => {
  print(req.method, req.url.slice(req.url.indexOf("/", 7)), req.url === `http://127.0.0.1:${server.addr.port}/hello?x=1`);
  print("agent", req.headers.get("User-Agent"), "custom", req.headers.get("x-custom"));
  return new Response("hi");
});
show(await exchange(server.addr.port,
  "GET /hello?x=1 HTTP/1.1\r\nHost: x\r\nUser-Agent: toy/1\r\nX-CUSTOM: Value\r\nConnection: close\r\n\r\n"));
await server.shutdown();
