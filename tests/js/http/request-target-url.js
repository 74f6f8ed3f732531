// An absolute-form target passes the parser when its characters may form
// a URL; from chapter 14 the server asks URL whether they do. A host of
// 1.2.3.999 (a number past 255 in an IPv4 address) is no URL: 400, not a
// handler called with a URL nobody could fetch.
// needs: http url
// perms: --allow-net
// expect: http://1.2.3.999/ -> 400
// expect: http://1.2.3.4/ -> GET http://1.2.3.4/
import { exchange, start } from "./_raw.js";
const server = start((req) => new Response(`${req.method} ${req.url}`));
for (const target of ["http://1.2.3.999/", "http://1.2.3.4/"]) {
  const res = await exchange(server.addr.port,
    `GET ${target} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`);
  const status = res.split(" ")[1];
  print(`${target} -> ${status === "200" ? res.slice(res.indexOf("\r\n\r\n") + 4) : status}`);
}
await server.shutdown();
