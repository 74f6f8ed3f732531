// Garbage instead of a request gets 400 Bad Request and the connection
// closes; the handler never runs, and the server keeps serving.
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 400 Bad Request
// expect: connection: close
// expect: then: HTTP/1.1 200 OK
import { exchange, start } from "./_raw.js";
const server = start(() => new Response("ok"));
const res = await exchange(server.addr.port, "this is not http\r\n\r\n");
print(res.split("\r\n")[0]);
print(res.split("\r\n").find((l) => l.startsWith("connection")));
const again = await exchange(server.addr.port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
print("then:", again.split("\r\n")[0]);
await server.shutdown();
