// redirect: "manual" hands back the 3xx response itself; "error" makes a
// redirect a TypeError; following more than 20 redirects is one too.
// needs: fetch
// perms: --allow-net
// expect: manual: 301 /elsewhere redirected false
// expect: error: TypeError Fetch failed: Encountered redirect while redirect mode is set to 'error'
// expect: loop: TypeError Fetch failed: Too many redirects (more than 20) after 21 requests
import { rawServer } from "./_raw.js";
const server = rawServer(() => "HTTP/1.1 301 Moved Permanently\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n");
const url = `http://127.0.0.1:${server.port}/`;
const res = await fetch(url, { redirect: "manual" });
print("manual:", res.status, res.headers.get("location"), "redirected", res.redirected);
try {
  await fetch(url, { redirect: "error" });
} catch (e) {
  print("error:", e.name, e.message);
}
const before = server.requests.length;
try {
  await fetch(url);
} catch (e) {
  print("loop:", e.name, e.message, "after", server.requests.length - before, "requests");
}
server.close();
