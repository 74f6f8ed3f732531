// A handler that reads its request's body slowly slows the client down:
// the server reads from the connection only when the handler asks for
// more. The client writes a 64 MiB body in 64 KiB writes; the handler
// reads one chunk, then holds off while the client's writes stall (they
// fill the sockets' buffers), then reads the rest. Counted in writes,
// not timed.
// needs: pipes
// perms: --allow-net
// expect: while the handler holds off: the client is stuck short of the end: true
// expect: handler read 67108864 bytes
// expect: client done: 1024 writes
import { connect, enc, readAll, start } from "./_http.js";
const SIZE = 64 * 1024 * 1024;
const WRITE = 64 * 1024;
let writes = 0;
let resume;
const holding = new Promise((resolve) => (resume = resolve));
let firstRead;
const first = new Promise((resolve) => (firstRead = resolve));
const server = start(async (req) => {
  const reader = req.body.getReader();
  let total = (await reader.read()).value.length;
  firstRead();
  await holding;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    total += value.length;
  }
  print(`handler read ${total} bytes`);
  return new Response("ok");
});
const conn = await connect(server.addr.port);
await conn.write(enc.encode(`POST / HTTP/1.1\r\nHost: a\r\nContent-Length: ${SIZE}\r\nConnection: close\r\n\r\n`));
const block = new Uint8Array(WRITE);
const writing = (async () => {
  for (let i = 0; i < SIZE / WRITE; i++) {
    await conn.write(block);
    writes++;
  }
})();
await first;
for (let i = 0; i < 300; i++) await new Promise((resolve) => setTimeout(resolve, 0));
print("while the handler holds off: the client is stuck short of the end:", writes < 512);
resume();
await writing;
await readAll(conn);
conn.close();
print(`client done: ${writes} writes`);
await server.shutdown();
