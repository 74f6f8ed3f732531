// Requests to the same origin, one after another, go over one connection:
// HTTP/1.1 keeps a connection open unless a side says otherwise. The kept
// connection holds no pending read, so it keeps nothing alive: once the
// server is closed, the program ends.
// needs: fetch
// perms: --allow-net=127.0.0.1
// expect: /a: 200 answer 1
// expect: /b: 200 answer 2
// expect: /c: 200 answer 3
// expect: conn 1: GET /a
// expect: conn 1: GET /b
// expect: conn 1: GET /c
// expect: connections: 1
import { ok, start } from "./_server.js";
let n = 0;
const server = start(() => ok(`answer ${++n}`));
for (const path of ["/a", "/b", "/c"]) {
  const res = await fetch(server.url + path);
  print(`${path}: ${res.status} ${await res.text()}`);
}
server.log.forEach((line) => print(line));
print(`connections: ${server.connections}`);
server.close();
