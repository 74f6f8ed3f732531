// Big bodies that arrive in many small writes, by Content-Length and
// chunked: the server gets every byte, in order.
// needs: http
// perms: --allow-net
// expect: content-length: 300000 bytes, sum 37414800
// expect: chunked: 300000 bytes, sum 37414800
import { readResponse, start } from "./_raw.js";
const server = start(async (req) => {
  const bytes = new Uint8Array(await req.arrayBuffer());
  let sum = 0;
  for (const b of bytes) sum += b;
  return new Response(`${bytes.length} bytes, sum ${sum}`);
});
const enc = new TextEncoder();
const piece = new Uint8Array(1000);
for (let i = 0; i < piece.length; i++) piece[i] = i % 256;   // sums to 124716
const N = 300;
const conn = await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
const state = { rest: "" };
const body = (r) => r.slice(r.indexOf("\r\n\r\n") + 4);
await conn.write(enc.encode(`POST /cl HTTP/1.1\r\nHost: a\r\nContent-Length: ${N * piece.length}\r\n\r\n`));
for (let i = 0; i < N; i++) await conn.write(piece);
print("content-length:", body(await readResponse(conn, state)));
await conn.write(enc.encode("POST /chunked HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"));
for (let i = 0; i < N; i++) {
  // Each chunk in three writes: size line, data, CRLF.
  await conn.write(enc.encode(`${piece.length.toString(16)}\r\n`));
  await conn.write(piece);
  await conn.write(enc.encode("\r\n"));
}
await conn.write(enc.encode("0\r\n\r\n"));
print("chunked:", body(await readResponse(conn, state)));
conn.close();
await server.shutdown();
