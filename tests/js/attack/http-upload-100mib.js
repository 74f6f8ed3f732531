// A 100 MiB upload reaches the handler as a stream while it arrives: the
// handler counts the bytes chunk by chunk and sees many chunks, none
// bigger than the server's read buffer, so the server never holds the
// body (before chapter 18 a body over 8 MiB was refused with 413).
// needs: pipes
// perms: --allow-net
// expect: handler: 104857600 bytes, many chunks: true, largest at most 64 KiB: true
// expect: client got: counted 104857600
const SIZE = 100 * 1024 * 1024;
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
  const reader = req.body.getReader();
  let total = 0;
  let chunks = 0;
  let largest = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    total += value.length;
    chunks++;
    largest = Math.max(largest, value.length);
  }
  print(`handler: ${total} bytes, many chunks: ${chunks >= 100}, largest at most 64 KiB: ${largest <= 65536}`);
  return new Response(`counted ${total}`);
});
const conn = await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
await conn.write(new TextEncoder().encode(
  `POST /up HTTP/1.1\r\nHost: a\r\nContent-Length: ${SIZE}\r\nConnection: close\r\n\r\n`));
const piece = new Uint8Array(1024 * 1024).fill(120);
for (let sent = 0; sent < SIZE; sent += piece.length) await conn.write(piece);
const buf = new Uint8Array(4096);
let text = "";
let n;
while ((n = await conn.read(buf)) !== null) text += new TextDecoder().decode(buf.subarray(0, n));
print("client got:", text.slice(text.indexOf("\r\n\r\n") + 4));
conn.close();
await server.shutdown();
