// STARTTLS after plain reads: a connection that has been read from (as a
// protocol reads its plain greeting first) upgrades to TLS, and the
// handshake completes. The plain read left libuv watching the socket for
// the net extension, so TLS could not start its own reading, and the
// handshake waited for ever.
// needs: tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: greeting: 220 ready
// expect: client got secret over tls
import { dir } from "./_tls.js";

const ops = Toy.core.ops;
const cert = Toy.readTextFileSync(`${dir}/localhost.pem`);
const key = Toy.readTextFileSync(`${dir}/localhost.key`);
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const server = (async () => {
  const conn = await listener.accept();
  await conn.write(new TextEncoder().encode("220 ready\n"));
  // The server's side of the upgrade, through the raw op Toy.listenTls
  // uses for each connection it accepts.
  const rid = ops.op_tls_accept(conn.rid, ops.op_tls_server_context(cert, key));
  await ops.op_tls_write(rid, new TextEncoder().encode("secret"));
  await ops.op_tls_shutdown(rid);
  await ops.op_tls_read(rid, new Uint8Array(16));
  Toy.close(rid);
})();

const plain = await Toy.connect({ hostname: "127.0.0.1", port: listener.addr.port });
const buf = new Uint8Array(64);
const n = await plain.read(buf);
print("greeting:", new TextDecoder().decode(buf.subarray(0, n)).trim());
const tls = await Toy.startTls(plain, { hostname: "localhost", caCerts: [Toy.readTextFileSync(`${dir}/ca.pem`)] });
const m = await tls.read(buf);
print("client got", new TextDecoder().decode(buf.subarray(0, m)), "over tls");
tls.close();
await server;
listener.close();
