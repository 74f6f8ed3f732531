// A kept connection may have been closed by the server while it sat idle.
// The next request on it gets not one byte back, and fetch sends it
// again on a new connection: the program never sees the failure.
// needs: fetch
// perms: --allow-net=127.0.0.1
// expect: 200 kept
// expect: 200 closed after
// expect: 200 retried
// expect: 200 kept again
// expect: conn 1: GET /1
// expect: conn 1: GET /2
// expect: conn 2: GET /3
// expect: conn 2: GET /4
// expect: connections: 2
import { ok, start } from "./_server.js";
const server = start((req) => {
  if (req.path === "/1") return ok("kept");
  // Answered as if the connection stayed open, then closed anyway.
  // It reads nothing more from that connection.
  if (req.path === "/2") return { text: ok("closed after"), close: true };
  return ok(req.path === "/3" ? "retried" : "kept again");
});
for (const path of ["/1", "/2", "/3", "/4"]) {
  const res = await fetch(server.url + path);
  print(`${res.status} ${await res.text()}`);
}
server.log.forEach((line) => print(line));
print(`connections: ${server.connections}`);
server.close();
