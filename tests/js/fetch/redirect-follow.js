// Redirects are followed: a relative Location resolves against the
// current URL; 303 turns a POST into a body-less GET, 307 keeps the
// method and body; the Response tells the final URL and redirected.
// needs: fetch
// perms: --allow-net
// expect: POST /start body=payload
// expect: GET /see-other body=
// expect: GET /temporary body=
// expect: GET /final body=
// expect: 200 done redirected true /final
// expect: PUT /keep body=kept
// expect: PUT /final body=kept
import { rawServer } from "./_raw.js";
const dec = (req) => `${req.split(" ")[0]} ${req.split(" ")[1]} body=${req.slice(req.indexOf("\r\n\r\n") + 4)}`;
const server = rawServer((req) => {
  print(dec(req));
  const path = req.split(" ")[1];
  if (path === "/start") return "HTTP/1.1 303 See Other\r\nLocation: see-other\r\nContent-Length: 0\r\n\r\n";
  if (path === "/see-other") return "HTTP/1.1 302 Found\r\nLocation: /temporary\r\nContent-Length: 0\r\n\r\n";
  if (path === "/temporary" || path === "/keep") {
    return `HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:${server.port}/final\r\nContent-Length: 0\r\n\r\n`;
  }
  return "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ndone";
});
const base = `http://127.0.0.1:${server.port}`;
const res = await fetch(`${base}/start`, { method: "POST", body: "payload" });
print(res.status, await res.text(), "redirected", res.redirected, res.url.slice(base.length));
await fetch(`${base}/keep`, { method: "PUT", body: "kept" });
server.close();
