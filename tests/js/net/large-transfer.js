// A mebibyte sent in one write arrives whole and in order.
// needs: net
// perms: --allow-net
// expect: received 1048576 bytes
// expect: intact true
const size = 1024 * 1024;
const data = new Uint8Array(size);
for (let i = 0; i < size; i++) data[i] = (i * 31 + (i >> 8)) & 255;
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const server = (async () => {
  const conn = await listener.accept();
  const n = await conn.write(data);
  conn.close();
  return n;
})();
const client = await Toy.connect({ port: listener.addr.port });
const got = new Uint8Array(size);
let off = 0;
const buf = new Uint8Array(65536);
let n;
while ((n = await client.read(buf)) !== null) {
  got.set(buf.subarray(0, n), off);
  off += n;
}
client.close();
listener.close();
print(`received ${off} bytes`);
print(`intact ${off === size && got.every((b, i) => b === data[i]) && (await server) === size}`);
