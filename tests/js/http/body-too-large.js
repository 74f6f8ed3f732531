// A body over the server's limit (8 MiB) gets 413 Payload Too Large as
// soon as its Content-Length is read, before any of it comes; a chunked
// body gets it once its chunks pass the limit. The handler never runs,
// and the server goes on serving.
// needs: http !pipes
// perms: --allow-net
// expect: HTTP/1.1 413 Payload Too Large
// expect: connection: close
// expect: chunked: HTTP/1.1 413 Payload Too Large
// expect: then: HTTP/1.1 200 OK
// expect: handler ran 1 time
import { exchange, start } from "./_raw.js";
let calls = 0;
const server = start(() => {
  calls++;
  return new Response("ok");
});
const res = await exchange(server.addr.port,
  "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 9000000\r\n\r\n");
print(res.split("\r\n")[0]);
print(res.split("\r\n").find((l) => l.startsWith("connection")));
// One chunk announced at 8 MiB + 1: refused at its size line.
const chunked = await exchange(server.addr.port,
  "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n800001\r\nabc");
print("chunked:", chunked.split("\r\n")[0]);
const again = await exchange(server.addr.port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
print("then:", again.split("\r\n")[0]);
print(`handler ran ${calls} time`);
await server.shutdown();
