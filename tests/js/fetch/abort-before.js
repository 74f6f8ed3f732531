// An aborted signal rejects fetch with its reason at once: no
// connection is made.
// needs: fetch
// perms: --allow-net
// expect: AbortError The signal has been aborted true
// expect: custom reason
// expect: connections: 0
import { rawServer } from "./_raw.js";
const server = rawServer(() => "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
const url = `http://127.0.0.1:${server.port}/`;
const c = new AbortController();
c.abort();
try {
  await fetch(url, { signal: c.signal });
} catch (e) {
  print(e.name, e.message, e instanceof DOMException);
}
try {
  await fetch(url, { signal: AbortSignal.abort("custom reason") });
} catch (e) {
  print(e);
}
await new Promise((r) => setTimeout(r, 20));
print("connections:", server.requests.length);
server.close();
