// A ":name" segment matches any one path segment, and the handler gets
// what it matched as params[name], its second argument; its first is the
// Request itself. Several parameters in one route each get their own.
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 200 OK | body: user 42 via GET
// expect: HTTP/1.1 200 OK | body: post 7 of ada
// expect: {"uid":"ada","pid":"7"}
import { request, show, start } from "./_http.js";
let seen;
const server = start(Toy.router({
  "GET /users/:id": (req, params) => new Response(`user ${params.id} via ${req.method}`),
  "GET /users/:uid/posts/:pid": (req, params) => {
    seen = params;
    return new Response(`post ${params.pid} of ${params.uid}`);
  },
}));
print(show(await request(server, "GET", "/users/42")));
print(show(await request(server, "GET", "/users/ada/posts/7")));
print(JSON.stringify(seen));
await server.shutdown();
