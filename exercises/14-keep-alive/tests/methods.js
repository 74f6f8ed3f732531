// Only requests that may safely be sent twice go on a kept connection
// (GET, HEAD, OPTIONS, TRACE, PUT, DELETE): if a kept connection turns
// out to be closed, fetch must send the request again, and for a POST it
// cannot know whether the server acted on the first. So a POST opens a
// connection of its own, which may then be kept for what follows.
// needs: fetch
// perms: --allow-net=127.0.0.1
// expect: conn 1: GET /read
// expect: conn 2: POST /write
// expect: conn 2: PUT /put
// expect: conn 2: DELETE /delete
// expect: conn 3: PATCH /patch
// expect: conn 3: GET /read
// expect: connections: 3
import { ok, start } from "./_server.js";
const server = start((req) => ok(`${req.method} ${req.body}`));
for (const [method, path] of [["GET", "/read"], ["POST", "/write"], ["PUT", "/put"], ["DELETE", "/delete"],
  ["PATCH", "/patch"], ["GET", "/read"]]) {
  const body = method === "GET" || method === "DELETE" ? undefined : "data";
  await (await fetch(server.url + path, { method, body })).text();
}
server.log.forEach((line) => print(line));
print(`connections: ${server.connections}`);
server.close();
