// Toy.listenTls takes reusePort too, as Deno.listenTls does: two TLS
// listeners on one port, and without it the second gets AddrInUse.
// needs: workers tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: same port: true
// expect: without reusePort: AddrInUse
const dir = "tests/fixtures/tls";
const options = {
  hostname: "127.0.0.1",
  cert: Toy.readTextFileSync(`${dir}/localhost.pem`),
  key: Toy.readTextFileSync(`${dir}/localhost.key`),
  reusePort: true,
};
const a = Toy.listenTls({ ...options, port: 0 });
const b = Toy.listenTls({ ...options, port: a.addr.port });
print("same port:", a.addr.port === b.addr.port);
try {
  Toy.listenTls({ ...options, port: a.addr.port, reusePort: false }).close();
  print("without reusePort: listened");
} catch (e) {
  print("without reusePort:", e.name);
}
a.close();
b.close();
