// Four mebibytes each way at once: the client sends while the server
// sends, each reads until the other's closeWrite, and every byte arrives
// in order (TLS records are 16 KiB, so this is hundreds of them).
// needs: tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: server received 4194304 bytes, intact true
// expect: client received 4194304 bytes, intact true
const dir = "tests/fixtures/tls";
const size = 4 * 1024 * 1024;
function pattern(seed) {
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i++) data[i] = (i * seed + (i >> 10)) & 255;
  return data;
}
const up = pattern(31);
const down = pattern(17);
async function readAll(conn) {
  const got = new Uint8Array(size + 65536);
  const buf = new Uint8Array(50000);
  let off = 0;
  let n;
  while ((n = await conn.read(buf)) !== null) {
    if (off + n <= got.length) got.set(buf.subarray(0, n), off);
    off += n;
  }
  return { off, got };
}
function report(who, { off, got }, want) {
  let same = off === size;
  for (let i = 0; same && i < size; i++) if (got[i] !== want[i]) same = false;
  return `${who} received ${off} bytes, intact ${same}`;
}
const listener = Toy.listenTls({
  hostname: "127.0.0.1",
  port: 0,
  cert: Toy.readTextFileSync(`${dir}/localhost.pem`),
  key: Toy.readTextFileSync(`${dir}/localhost.key`),
});
const server = (async () => {
  const conn = await listener.accept();
  const sending = conn.write(down).then(() => conn.closeWrite());
  const received = await readAll(conn);
  await sending;
  conn.close();
  return report("server", received, up);
})();
const client = await Toy.connectTls({
  hostname: "127.0.0.1",
  port: listener.addr.port,
  caCerts: [Toy.readTextFileSync(`${dir}/ca.pem`)],
});
const sending = client.write(up).then(() => client.closeWrite());
const received = await readAll(client);
await sending;
client.close();
print(await server);
print(report("client", received, down));
listener.close();
