// Routes are tried in the order they are written and the first that
// matches wins, so a fixed path written before a parameter takes
// precedence. The query string is not part of the path.
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 200 OK | body: me, myself
// expect: HTTP/1.1 200 OK | body: user 9
// expect: HTTP/1.1 200 OK | body: user 9
// expect: HTTP/1.1 200 OK | body: home
import { request, show, start } from "./_http.js";
const server = start(Toy.router({
  "GET /": () => new Response("home"),
  "GET /users/me": () => new Response("me, myself"),
  "GET /users/:id": (req, params) => new Response(`user ${params.id}`),
}));
print(show(await request(server, "GET", "/users/me")));
print(show(await request(server, "GET", "/users/9")));
print(show(await request(server, "GET", "/users/9?fields=name&me=1")));
print(show(await request(server, "GET", "/?x=/users/me")));
await server.shutdown();
