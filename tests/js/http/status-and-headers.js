// A response's status, statusText and headers go out as given.
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 201 Created
// expect: location: /things/1
// expect: x-multi: a, b
// expect: HTTP/1.1 404 Gone Fishing
import { exchange, start } from "./_raw.js";
const server = start((req) => {
  if (req.url.endsWith("/missing")) return new Response("no", { status: 404, statusText: "Gone Fishing" });
  const headers = new Headers({ Location: "/things/1" });
  headers.append("X-Multi", "a");
  headers.append("x-multi", "b");
  return new Response("made", { status: 201, headers });
});
const res = (await exchange(server.addr.port, "POST / HTTP/1.1\r\nConnection: close\r\n\r\n")).split("\r\n");
print(res[0]);
print(res.find((l) => l.startsWith("location")));
print(res.find((l) => l.startsWith("x-multi")));
print((await exchange(server.addr.port, "GET /missing HTTP/1.1\r\nConnection: close\r\n\r\n")).split("\r\n")[0]);
await server.shutdown();
