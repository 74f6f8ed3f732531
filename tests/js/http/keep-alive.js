// Two requests, one after the other, on one connection: the connection
// stays open after the first answer.
// needs: http
// perms: --allow-net
// expect: first: HTTP/1.1 200 OK / path /one
// expect: second: HTTP/1.1 200 OK / path /two
// expect: closed after close
import { readResponse, start } from "./_raw.js";
const server = start((req) => new Response("path " + req.url.slice(req.url.indexOf("/", 7))));
const conn = await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
const enc = new TextEncoder();
const state = { rest: "" };
const line = (r) => r.split("\r\n")[0] + " / " + r.slice(r.indexOf("\r\n\r\n") + 4);
await conn.write(enc.encode("GET /one HTTP/1.1\r\nHost: a\r\n\r\n"));
print("first:", line(await readResponse(conn, state)));
await conn.write(enc.encode("GET /two HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"));
print("second:", line(await readResponse(conn, state)));
print(await conn.read(new Uint8Array(16)) === null ? "closed after close" : "NOT closed");
conn.close();
await server.shutdown();
