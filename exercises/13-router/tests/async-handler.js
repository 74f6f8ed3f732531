// The router's handler returns whatever the route's handler returns, a
// promise included, and the route's handler reads the request as usual:
// here an async handler that awaits the JSON body of a POST.
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 201 Created | content-type: application/json | body: {"room":"r1","said":"hi"}
import { request, show, start } from "./_http.js";
const server = start(Toy.router({
  "POST /rooms/:room/messages": async (req, params) => {
    const { text } = await req.json();
    await new Promise((resolve) => setTimeout(resolve, 10));
    return Response.json({ room: params.room, said: text }, { status: 201 });
  },
}));
print(show(await request(server, "POST", "/rooms/r1/messages", '{"text":"hi"}'), "content-type"));
await server.shutdown();
