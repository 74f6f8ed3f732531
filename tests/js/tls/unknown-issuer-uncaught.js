// An unverified server, not caught: the rejection ends the run in Deno's
// words, with the reason OpenSSL's verification gave.
// needs: net
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect-error: Uncaught (in promise) InvalidData: invalid peer certificate: unable to get local issuer certificate
const dir = "tests/fixtures/tls";
const listener = Toy.listenTls({
  hostname: "127.0.0.1",
  port: 0,
  cert: Toy.readTextFileSync(`${dir}/localhost.pem`),
  key: Toy.readTextFileSync(`${dir}/localhost.key`),
});
listener.accept().then((conn) => conn.handshake().catch(() => conn.close()));
Toy.connectTls({ hostname: "127.0.0.1", port: listener.addr.port }).then(() => print("not reached"));
