// An echo server and a client over TLS in one script: the client trusts
// the test CA through caCerts and checks the certificate names localhost.
// needs: tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: client got hello over tls
// expect: server saw 18 bytes
// expect: remote port matches true
// expect: a Conn true
import { dir, listenLocal } from "./_tls.js";

const listener = listenLocal();
const server = (async () => {
  const conn = await listener.accept();
  const buf = new Uint8Array(64);
  let total = 0;
  let n;
  while ((n = await conn.read(buf)) !== null) {
    total += n;
    await conn.write(buf.subarray(0, n));
  }
  conn.close();
  return total;
})();
const client = await Toy.connectTls({
  hostname: "localhost",
  port: listener.addr.port,
  caCerts: [await Toy.readTextFile(`${dir}/ca.pem`)],
});
await client.write(new TextEncoder().encode("hello over tls"));
await client.write(new TextEncoder().encode("!!!!"));
await client.closeWrite();
const buf = new Uint8Array(64);
let text = "";
let n;
while ((n = await client.read(buf)) !== null) text += new TextDecoder().decode(buf.subarray(0, n));
print(`client got ${text.slice(0, 14)}`);
print(`server saw ${await server} bytes`);
print(`remote port matches ${client.remoteAddr.port === listener.addr.port}`);
print(`a Conn ${client instanceof Toy.Conn && client instanceof Toy.TlsConn}`);
client.close();
listener.close();
