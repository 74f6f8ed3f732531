// A path some route matches, asked with a method none of those routes
// has, is answered 405 Method Not Allowed, with an Allow header listing
// the methods the path does have: each once, in the order of the routes.
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 405 Method Not Allowed | allow: GET, DELETE | body: Method Not Allowed
// expect: HTTP/1.1 405 Method Not Allowed | allow: POST | body: Method Not Allowed
// expect: HTTP/1.1 200 OK | (no allow) | body: deleted 3
import { request, show, start } from "./_http.js";
const server = start(Toy.router({
  "GET /items/:id": () => new Response("one item"),
  "POST /items": () => new Response("made"),
  "DELETE /items/:id": (req, params) => new Response(`deleted ${params.id}`),
  "GET /items/:name": () => new Response("never reached"),
}));
print(show(await request(server, "PUT", "/items/3"), "allow"));
print(show(await request(server, "GET", "/items"), "allow"));
print(show(await request(server, "DELETE", "/items/3"), "allow"));
await server.shutdown();
