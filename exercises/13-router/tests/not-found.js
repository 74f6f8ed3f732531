// A path no route matches is answered 404 Not Found, with the body "Not
// Found". A parameter matches exactly one segment, never none and never
// two: "/users/" and "/users/1/2" are not "/users/:id".
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 404 Not Found | body: Not Found
// expect: HTTP/1.1 404 Not Found | body: Not Found
// expect: HTTP/1.1 404 Not Found | body: Not Found
// expect: HTTP/1.1 200 OK | body: user 1
import { request, show, start } from "./_http.js";
const server = start(Toy.router({
  "GET /users/:id": (req, params) => new Response(`user ${params.id}`),
}));
for (const path of ["/nowhere", "/users/", "/users/1/2", "/users/1"]) {
  print(show(await request(server, "GET", path)));
}
await server.shutdown();
