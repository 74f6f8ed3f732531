// A POST body sent with Content-Length reaches the handler whole.
// needs: http
// perms: --allow-net
// expect: POST text/plain hello body
// expect: HTTP/1.1 200 OK
// expect: got 10 bytes
import { exchange, start } from "./_raw.js";
const server = start(async (req) => {
  print(req.method, req.headers.get("content-type"), await req.text());
  return new Response("got 10 bytes");
});
const res = await exchange(server.addr.port,
  "POST /p HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 10\r\nConnection: close\r\n\r\nhello body");
print(res.split("\r\n")[0]);
print(res.slice(res.indexOf("\r\n\r\n") + 4));
await server.shutdown();
