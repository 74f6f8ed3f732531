// A request head over 64 KiB, or with more than 100 headers, gets 431
// Request Header Fields Too Large; the handler never runs. The client
// gets the answer even though it was still sending when the server gave
// up: the server reads and drops the rest before it closes.
// needs: http
// perms: --allow-net
// expect: long: HTTP/1.1 431 Request Header Fields Too Large
// expect: many: HTTP/1.1 431 Request Header Fields Too Large
// expect: handler ran 0 times
import { exchange, start } from "./_raw.js";
let calls = 0;
const server = start(() => {
  calls++;
  return new Response("ok");
});
const long = await exchange(server.addr.port,
  "GET / HTTP/1.1\r\nX-Long: " + "a".repeat(100 * 1024) + "\r\n\r\n");
print("long:", long.split("\r\n")[0]);
const many = await exchange(server.addr.port,
  "GET / HTTP/1.1\r\n" + "X-H: v\r\n".repeat(101) + "\r\n");
print("many:", many.split("\r\n")[0]);
print(`handler ran ${calls} times`);
await server.shutdown();
