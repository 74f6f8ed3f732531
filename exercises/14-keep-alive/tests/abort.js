// A request aborted while its response is on the way leaves its
// connection in an unknown state (half an answer may still come), so the
// connection is closed, never kept: the next request opens a new one.
// needs: fetch
// perms: --allow-net=127.0.0.1
// expect: /first: 200
// expect: /hang: AbortError
// expect: /after: 200
// expect: /last: 200
// expect: conn 1: GET /first
// expect: conn 1: GET /hang
// expect: conn 2: GET /after
// expect: conn 2: GET /last
// expect: connections: 2
import { ok, start } from "./_server.js";
const controller = new AbortController();
const server = start((req) => {
  if (req.path !== "/hang") return ok("fine");
  controller.abort();                  // the request is at the server: give up on it
  return { hang: true };
});
for (const path of ["/first", "/hang", "/after", "/last"]) {
  try {
    const signal = path === "/hang" ? controller.signal : undefined;
    const res = await fetch(server.url + path, { signal });
    await res.text();
    print(`${path}: ${res.status}`);
  } catch (e) {
    print(`${path}: ${e.name}`);
  }
}
server.log.forEach((line) => print(line));
print(`connections: ${server.connections}`);
server.close();
