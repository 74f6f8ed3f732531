// Each Set-Cookie goes out on a line of its own: a client cannot split
// cookies joined with commas, since a cookie's Expires date holds one.
// Other repeated names go out once, their values joined.
// needs: http
// perms: --allow-net
// expect: set-cookie: a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT
// expect: set-cookie: b=2
// expect: x-many: 1, 2
import { exchange, start } from "./_raw.js";
const server = start(() => {
  const headers = new Headers();
  headers.append("Set-Cookie", "a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT");
  headers.append("x-many", "1");
  headers.append("Set-Cookie", "b=2");
  headers.append("x-many", "2");
  return new Response("ok", { headers });
});
const res = await exchange(server.addr.port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
for (const line of res.split("\r\n")) if (/^(set-cookie|x-many):/.test(line)) print(line);
await server.shutdown();
