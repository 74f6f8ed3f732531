// A handler that throws gives 500 and the error on stderr; the server
// keeps serving the next request.
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 500 Internal Server Error
// expect: HTTP/1.1 200 OK
// expect-stderr: error: Uncaught Error: boom
import { exchange, start } from "./_raw.js";
let calls = 0;
const server = start(() => {
  if (calls++ === 0) throw new Error("boom");
  return new Response("fine");
});
const req = "GET / HTTP/1.1\r\nConnection: close\r\n\r\n";
print((await exchange(server.addr.port, req)).split("\r\n")[0]);
print((await exchange(server.addr.port, req)).split("\r\n")[0]);
await server.shutdown();
