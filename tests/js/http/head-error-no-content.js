// The answer to a HEAD request has no content (RFC 9110: the server
// must not send any), and that holds for an error answer too: a HEAD
// the parser refuses (a bad Content-Length here) gets its 400 head alone
// (head-error-url.js: one whose target is no URL). Those answers once
// carried "Bad Request" as a body.
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 400 Bad Request
// expect: content-type: text/plain;charset=UTF-8
// expect: date: <now>
// expect: content-length: 11
// expect: connection: close
// expect: |
// expect: |
// expect: GET: HTTP/1.1 400 Bad Request ... Bad Request
import { exchange, show, start } from "./_raw.js";
const server = start(() => new Response("never"));
const port = server.addr.port;
show(await exchange(port, "HEAD / HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n"));
const get = await exchange(port, "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n");
print("GET:", get.split("\r\n")[0], "...", get.slice(get.indexOf("\r\n\r\n") + 4));
await server.shutdown();
