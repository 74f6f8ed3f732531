// Parameters are percent-decoded ("a%20b" is "a b", "%E2%9C%93" is a
// check mark); one that is not valid percent-encoding ("%zz") makes the
// request a 400 Bad Request, and its handler is not called.
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 200 OK | body: [a b]
// expect: HTTP/1.1 200 OK | body: [✓]
// expect: HTTP/1.1 400 Bad Request | body: Bad Request
// expect: calls: 2
import { request, show, start } from "./_http.js";
let calls = 0;
const server = start(Toy.router({
  "GET /files/:name": (req, params) => {
    calls++;
    return new Response(`[${params.name}]`);
  },
}));
print(show(await request(server, "GET", "/files/a%20b")));
print(show(await request(server, "GET", "/files/%E2%9C%93")));
print(show(await request(server, "GET", "/files/%zz")));
print("calls:", calls);
await server.shutdown();
