// Response.json() serialises its argument and sets the content type.
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 200 OK
// expect: content-type: application/json
// expect: content-length: 26
// expect: {"a":1,"list":[true,null]}
import { exchange, start } from "./_raw.js";
const server = start(() => Response.json({ a: 1, list: [true, null] }));
const res = await exchange(server.addr.port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
const lines = res.split("\r\n");
print(lines[0]);
print(lines.find((l) => l.startsWith("content-type")));
print(lines.find((l) => l.startsWith("content-length")));
print(res.slice(res.indexOf("\r\n\r\n") + 4));
await server.shutdown();
