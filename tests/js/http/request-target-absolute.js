// An absolute-form target ("http://host/x", what a client sends to a
// proxy) is the request's URL, normalized as the URL class does it; a
// target whose characters pass the parser but that is no URL (an IPv4
// address with a part over 255) is answered 400, not 500.
// needs: http url
// perms: --allow-net
// expect: http://Example.COM:8080/a?b -> GET http://example.com:8080/a?b
// expect: https://example.com -> GET https://example.com/
// expect: http://1.2.3.999/ -> 400
import { exchange, start } from "./_raw.js";
const server = start((req) => new Response(`${req.method} ${req.url}`));
const port = server.addr.port;

for (const target of ["http://Example.COM:8080/a?b", "https://example.com", "http://1.2.3.999/"]) {
  const res = await exchange(port, `GET ${target} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`);
  const status = res.split(" ")[1];
  print(`${target} -> ${status === "200" ? res.slice(res.indexOf("\r\n\r\n") + 4) : status}`);
}
await server.shutdown();
