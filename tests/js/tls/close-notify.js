// close() on a TLS connection says goodbye: the last thing the client
// sends is one more TLS record (the close_notify alert, encrypted in TLS
// 1.3), not just the end of the TCP stream. A plain TCP relay between
// client and server sees the ciphertext and counts what comes after the
// data the server has read.
// needs: tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: server read: hi
// expect: server read after close(): null
// expect: after close(): one record of type 23
import { dir, listenLocal } from "./_tls.js";

const server = listenLocal();
const relay = Toy.listen({ hostname: "127.0.0.1", port: 0 });

// The relay: client -> server bytes are kept (from the moment `mark` is
// set) as well as passed on; server -> client bytes are passed on.
let after = null;
async function pipe(from, to, keep) {
  const buf = new Uint8Array(4096);
  let n;
  while ((n = await from.read(buf)) !== null) {
    if (keep && after !== null) after.push(...buf.subarray(0, n));
    await to.write(buf.subarray(0, n));
  }
  if (keep) await to.closeWrite();
}
const relayed = (async () => {
  const inbound = await relay.accept();
  const outbound = await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
  await Promise.all([pipe(inbound, outbound, true), pipe(outbound, inbound, false)]).catch(() => {});
  inbound.close();
  outbound.close();
})();

const accepted = server.accept();
const client = await Toy.connectTls({
  hostname: "localhost",
  port: relay.addr.port,
  caCerts: [Toy.readTextFileSync(`${dir}/ca.pem`)],
});
const conn = await accepted;
await client.write(new TextEncoder().encode("hi"));
const buf = new Uint8Array(16);
const n = await conn.read(buf);
console.log("server read:", new TextDecoder().decode(buf.subarray(0, n)));

after = [];
client.close();
console.log("server read after close():", await conn.read(buf));
// One record: a 5-byte header (type, version, length) and its body.
const length = (after[3] << 8) | after[4];
if (after.length === 0) console.log("after close(): nothing");
else if (after.length !== 5 + length) console.log(`after close(): ${after.length} bytes`);
else console.log(`after close(): one record of type ${after[0]}`);
conn.close();
await relayed;
relay.close();
server.close();
