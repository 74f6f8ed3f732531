// The certificate is trusted but names localhost and 127.0.0.1 only:
// another name, or another address, fails verification. startTls lets the
// client claim a name while the socket goes to 127.0.0.1.
// needs: tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: example.com: InvalidData: invalid peer certificate: hostname mismatch
// expect: 127.0.0.2: InvalidData: invalid peer certificate: IP address mismatch
// expect: localhost: ok
// expect: 127.0.0.1: ok
const dir = "tests/fixtures/tls";
const ca = Toy.readTextFileSync(`${dir}/ca.pem`);
const listener = Toy.listenTls({
  hostname: "127.0.0.1",
  port: 0,
  cert: Toy.readTextFileSync(`${dir}/localhost.pem`),
  key: Toy.readTextFileSync(`${dir}/localhost.key`),
});
(async () => {
  for await (const conn of listener) conn.handshake().catch(() => {}).finally(() => conn.close());
})();
for (const hostname of ["example.com", "127.0.0.2", "localhost", "127.0.0.1"]) {
  const tcp = await Toy.connect({ hostname: "127.0.0.1", port: listener.addr.port });
  try {
    const conn = await Toy.startTls(tcp, { hostname, caCerts: [ca] });
    conn.close();
    print(`${hostname}: ok`);
  } catch (e) {
    print(`${hostname}: ${e.name}: ${e.message}`);
  }
}
listener.close();
