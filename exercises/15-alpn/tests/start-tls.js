// Toy.startTls takes alpnProtocols too: a plain TCP connection that
// switches to TLS offers them in its handshake.
// needs: tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: client h2 server h2
import { ca, listen } from "./_alpn.js";

const listener = listen(["h2"]);
const served = listener.accept().then(async (conn) => {
  const { alpnProtocol } = await conn.handshake();
  conn.close();
  return alpnProtocol;
});
const tcp = await Toy.connect({ hostname: "127.0.0.1", port: listener.addr.port });
const conn = await Toy.startTls(tcp, { hostname: "localhost", caCerts: [ca], alpnProtocols: ["h2"] });
const { alpnProtocol } = await conn.handshake();
conn.close();
print(`client ${alpnProtocol} server ${await served}`);
listener.close();
