// Without the test CA the client cannot verify the server's certificate:
// connectTls rejects with the verify result, the server's side of the
// handshake fails with the client's alert, and no rid is left open.
// needs: tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: client: InvalidData: invalid peer certificate: unable to get local issuer certificate
// expect: server: InvalidData: tls handshake failed: tlsv1 alert unknown ca
// expect: open after: stderr,stdin,stdout,tcpListener,tlsServerContext
import { listenLocal } from "./_tls.js";

const listener = listenLocal();
const server = (async () => {
  const conn = await listener.accept();
  try {
    await conn.handshake();
    return "handshake succeeded";
  } catch (e) {
    return `${e.name}: ${e.message}`;
  } finally {
    conn.close();
  }
})();
try {
  const conn = await Toy.connectTls({ hostname: "localhost", port: listener.addr.port });
  print(`client connected to ${conn.remoteAddr.port}: it should not have`);
} catch (e) {
  print(`client: ${e.name}: ${e.message}`);
}
print(`server: ${await server}`);
print(`open after: ${Object.values(Toy.resources()).sort().join(",")}`);
listener.close();
