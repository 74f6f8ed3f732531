// A served request is cloned as it came, unchecked: the methods that a
// Request made by a program may not have (TRACE) and a GET with a body
// are the client's to send, and a handler that clones one gets a copy,
// not a TypeError (and no 500).
// needs: http
// perms: --allow-net
// expect: TRACE /t x-a=1 body:
// expect: GET /g x-a=2 body:hi
// expect: 200 200
import { exchange, start } from "./_raw.js";
const server = start(async (req) => {
  const copy = req.clone();
  print(copy.method, copy.url.slice(copy.url.indexOf("/", 8)), `x-a=${copy.headers.get("x-a")}`, `body:${await copy.text()}`);
  return new Response("ok");
});
const port = server.addr.port;
const a = await exchange(port, "TRACE /t HTTP/1.1\r\nx-a: 1\r\nConnection: close\r\n\r\n");
const b = await exchange(port, "GET /g HTTP/1.1\r\nx-a: 2\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi");
print(a.split(" ")[1], b.split(" ")[1]);
await server.shutdown();
