// The request target must have one of the forms RFC 9112 allows, and
// the handler's URL is the target URI the RFC makes of it. The server
// once put its origin before whatever the target was: "@evil.example/x"
// gave a URL whose host was evil.example, and "*" or an absolute URL
// gave no URL at all (a 500). Now: origin-form ("/x") follows the origin,
// absolute-form ("http://host/x") is the URL, asterisk-form is for
// OPTIONS only and names the origin, CONNECT (a tunnel) is 501, and
// anything else is 400. (request-target-absolute.js: the URL of an
// absolute-form target, which needs the URL class.)
// needs: http
// perms: --allow-net
// expect: /a?b -> GET http://127.0.0.1:PORT/a?b
// expect: @evil.example/x -> 400
// expect: evil.example/x -> 400
// expect: * -> 400
// expect: OPTIONS * -> OPTIONS http://127.0.0.1:PORT/
// expect: http://user@example.com/ -> 400
// expect: ftp://example.com/ -> 400
// expect: /a#top -> 400
// expect: CONNECT example.com:443 -> 501
import { exchange, start } from "./_raw.js";
const server = start((req) => new Response(`${req.method} ${req.url}`));
const port = server.addr.port;

for (const line of ["GET /a?b", "GET @evil.example/x", "GET evil.example/x", "GET *", "OPTIONS *",
  "GET http://user@example.com/", "GET ftp://example.com/", "GET /a#top", "CONNECT example.com:443"]) {
  const res = await exchange(port, `${line} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`);
  const status = res.split(" ")[1];
  const shown = line.startsWith("GET ") ? line.slice(4) : line;
  const body = res.slice(res.indexOf("\r\n\r\n") + 4).replaceAll(`:${port}/`, ":PORT/");
  print(`${shown} -> ${status === "200" ? body : status}`);
}
await server.shutdown();
