// A handler that never reads its request's body: the server reads and
// drops the body after the answer, so the next request on the same
// connection (here sent with the first, pipelined) is answered. A body
// too big to drop (over 1 MiB left) closes the connection after the
// answer instead.
// needs: pipes
// perms: --allow-net
// expect: answers: /a /b /c
// expect: big body: answer /big, then closed
import { connect, enc, readAll, readUntil, start } from "./_http.js";
const server = start((req) => new Response(new URL(req.url).pathname));
const conn = await connect(server.addr.port);
const chunked = "POST /b HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";
await conn.write(enc.encode(
  "POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 5000\r\n\r\n" + "x".repeat(2000)));
await conn.write(enc.encode("x".repeat(3000) + chunked + "3\r\nabc\r\n"));
await conn.write(enc.encode("0\r\n\r\nGET /c HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"));
const text = await readAll(conn);
conn.close();
print("answers:", [...text.matchAll(/\r\n\r\n(\/[a-z])/g)].map((m) => m[1]).join(" "));

const big = await connect(server.addr.port);
await big.write(enc.encode("POST /big HTTP/1.1\r\nHost: a\r\nContent-Length: 100000000\r\n\r\n"));
const state = { text: "" };
await readUntil(big, "/big", state);
// The server drops up to 1 MiB, then closes: writing more fails at
// some point, or the read ends.
const mib = new Uint8Array(1024 * 1024);
try {
  for (let i = 0; i < 50; i++) await big.write(mib);
} catch {
  // closed
}
let closed = false;
try {
  closed = (await readAll(big)).length >= 0;
} catch {
  closed = true;    // reset
}
big.close();
print(`big body: answer ${state.text.slice(state.text.lastIndexOf("\r\n") + 2)}, then ${closed ? "closed" : "open"}`);
await server.shutdown();
