// Closing a TLS connection while a read waits on it rejects that read at
// once (Interrupted), and the peer's read then sees the end of the stream.
// needs: tls timers
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: client read: Interrupted: operation canceled
// expect: server read: null
// expect: read after close: BadResource: Bad resource ID
import { dir, listenLocal } from "./_tls.js";

const listener = listenLocal();
const server = (async () => {
  const conn = await listener.accept();
  const n = await conn.read(new Uint8Array(16));
  conn.close();
  return n;
})();
const client = await Toy.connectTls({
  hostname: "localhost",
  port: listener.addr.port,
  caCerts: [Toy.readTextFileSync(`${dir}/ca.pem`)],
});
const pending = client.read(new Uint8Array(16)).then(
  (n) => `resolved with ${n}`,
  (e) => `${e.name}: ${e.message}`,
);
setTimeout(() => client.close(), 10);
print(`client read: ${await pending}`);
print(`server read: ${await server}`);
try {
  await client.read(new Uint8Array(16));
} catch (e) {
  print(`read after close: ${e.name}: ${e.message}`);
}
listener.close();
