// A handler that answers with its request's body: the body's chunks go
// back as they arrive (chunked coding, as its length is unknown), while
// the client still sends. The client sends a piece, reads its echo, then
// sends the next: the answer began before the request ended.
// needs: pipes
// perms: --allow-net
// expect: echo 1: one
// expect: echo 2: two
// expect: echo 3: three
// expect: the end: 0
import { connect, enc, readUntil, start } from "./_http.js";
const server = start((req) => new Response(req.body));
const conn = await connect(server.addr.port);
await conn.write(enc.encode("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"));
const state = { text: "" };
for (const [i, word] of ["one", "two", "three"].entries()) {
  await conn.write(enc.encode(`${word.length.toString(16)}\r\n${word}\r\n`));
  await readUntil(conn, `${word}\r\n`, state);
  print(`echo ${i + 1}:`, word);
}
await conn.write(enc.encode("0\r\n\r\n"));
await readUntil(conn, "0\r\n\r\n", state);
print("the end:", state.text.endsWith("0\r\n\r\n") ? 0 : "?");
conn.close();
await server.shutdown();
