// fetch reads the connection only as the program reads the body: a
// server that writes a 64 MiB body in 64 KiB writes gets only so far
// (what the sockets' buffers hold) while the program holds off after
// two reads, and the rest once it reads on. Counted in writes, not
// timed: the client yields many turns of the event loop meanwhile.
// needs: pipes
// perms: --allow-net
// expect: while the client waits: the server is stuck short of the end: true
// expect: after reading on: 67108864 bytes, all 1024 writes done: true
const SIZE = 64 * 1024 * 1024;
const WRITE = 64 * 1024;
let writes = 0;
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
(async () => {
  const conn = await listener.accept();
  await conn.read(new Uint8Array(4096));    // the request (small, in one read)
  await conn.write(new TextEncoder().encode(`HTTP/1.1 200 OK\r\nContent-Length: ${SIZE}\r\n\r\n`));
  const block = new Uint8Array(WRITE);
  for (let i = 0; i < SIZE / WRITE; i++) {
    await conn.write(block);
    writes++;
  }
  conn.close();
})();
const res = await fetch(`http://127.0.0.1:${listener.addr.port}/`);
const reader = res.body.getReader();
let total = (await reader.read()).value.length;
total += (await reader.read()).value.length;
for (let i = 0; i < 300; i++) await new Promise((resolve) => setTimeout(resolve, 0));
print("while the client waits: the server is stuck short of the end:", writes < 512);
for (;;) {
  const { value, done } = await reader.read();
  if (done) break;
  total += value.length;
}
print(`after reading on: ${total} bytes, all 1024 writes done: ${writes === 1024}`);
listener.close();
