// Connecting to a port nobody listens on any more fails with ConnectionRefused.
// needs: net
// perms: --allow-net
// expect: true
// expect: ConnectionRefused: Connection refused (os error 111)
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const port = listener.addr.port;
listener.close();
try {
  await Toy.connect({ hostname: "127.0.0.1", port });
} catch (e) {
  print(e instanceof Toy.errors.ConnectionRefused);
  print(`${e.name}: ${e.message}`);
}
