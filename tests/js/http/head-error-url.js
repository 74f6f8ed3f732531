// A HEAD request whose target passes the parser but is no URL (from
// chapter 14 the server asks URL) gets its 400 as a head alone, with no
// content, like any answer to HEAD (RFC 9110).
// needs: http url
// perms: --allow-net
// expect: HTTP/1.1 400 Bad Request
// expect: content-type: text/plain;charset=UTF-8
// expect: date: <now>
// expect: content-length: 11
// expect: connection: close
// expect: |
// expect: |
import { exchange, show, start } from "./_raw.js";
const server = start(() => new Response("never"));
show(await exchange(server.addr.port, "HEAD http://1.2.3.999/ HTTP/1.1\r\nHost: a\r\n\r\n"));
await server.shutdown();
