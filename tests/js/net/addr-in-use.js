// Listening twice on one address fails with AddrInUse.
// needs: net
// perms: --allow-net
// expect: true
// expect: AddrInUse: Address already in use (os error 98)
// expect: resources: 1
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
try {
  Toy.listen({ hostname: "127.0.0.1", port: listener.addr.port });
} catch (e) {
  print(e instanceof Toy.errors.AddrInUse);
  print(`${e.name}: ${e.message}`);
}
print(`resources: ${Object.values(Toy.resources()).filter((n) => n === "tcpListener").length}`);
listener.close();
