// A request no longer asks the server to close the connection: it sends
// no Connection header at all, as persistence is HTTP/1.1's default.
// The rest of the head is as before, and the next request comes on the
// same connection.
// needs: fetch
// perms: --allow-net=127.0.0.1
// expect: GET /one: accept, host, user-agent
// expect: POST /two: accept, content-length, content-type, host, user-agent
// expect: connection header: none
import { ok, start } from "./_server.js";
const seen = [];
const server = start((req) => {
  seen.push(req.headers.connection);
  print(`${req.method} ${req.path}: ${Object.keys(req.headers).sort().join(", ")}`);
  return ok("fine");
});
await (await fetch(server.url + "/one")).text();
await (await fetch(server.url + "/two", { method: "POST", body: "x=1" })).text();
print(`connection header: ${seen.every((v) => v === undefined) ? "none" : seen.join(" ")}`);
server.close();
