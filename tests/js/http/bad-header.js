// A malformed header line or a bad Content-Length is a 400 too.
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 400 Bad Request
// expect: HTTP/1.1 400 Bad Request
// expect: HTTP/1.1 400 Bad Request
import { exchange, start } from "./_raw.js";
const server = start(() => new Response("ok"));
for (const req of [
  "GET / HTTP/1.1\r\nno colon here\r\n\r\n",
  "POST / HTTP/1.1\r\nContent-Length: ten\r\n\r\n",
  "GET / HTTP/9.9\r\n\r\n",
]) {
  print((await exchange(server.addr.port, req)).split("\r\n")[0]);
}
await server.shutdown();
