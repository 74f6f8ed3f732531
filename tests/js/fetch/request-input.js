// fetch takes a Request, with its method, headers and body; init then
// overrides the Request's members.
// needs: fetch
// perms: --allow-net
// expect: PUT x-from=request: payload
// expect: DELETE x-from=init: 
import { start } from "./_raw.js";
const server = start(async (req) => {
  print(req.method, "x-from=" + req.headers.get("x-from") + ":", await req.text());
  return new Response(null, { status: 204 });
});
const url = `http://127.0.0.1:${server.addr.port}/`;
const request = new Request(url, { method: "PUT", body: "payload", headers: { "x-from": "request" } });
await fetch(request);
await fetch(new Request(url), { method: "DELETE", headers: { "x-from": "init" } });
await server.shutdown();
