// A GET: the server sees the method, path and headers fetch sends; the
// Response has the status, headers, body and URL from the wire.
// needs: fetch
// perms: --allow-net
// expect: server: GET /path?q=1 ua toyjs accept */* x-test yes
// expect: 200 OK true
// expect: text/plain;charset=UTF-8 x-reply=42
// expect: hello from the server
// expect: url ok, redirected false type basic
import { start } from "./_raw.js";
const server = start((req) => {
  const path = req.url.slice(req.url.indexOf("/", 7));
  print("server:", req.method, path, "ua", req.headers.get("user-agent").split("/")[0],
    "accept", req.headers.get("accept"), "x-test", req.headers.get("x-test"));
  return new Response("hello from the server", { headers: { "x-reply": "42" } });
});
const url = `http://127.0.0.1:${server.addr.port}/path?q=1`;
const res = await fetch(url, { headers: { "X-Test": "yes" } });
print(res.status, res.statusText, res.ok);
print(res.headers.get("content-type"), "x-reply=" + res.headers.get("x-reply"));
print(await res.text());
print(res.url === url ? "url ok," : `url ${res.url},`, "redirected", res.redirected, "type", res.type);
await server.shutdown();
