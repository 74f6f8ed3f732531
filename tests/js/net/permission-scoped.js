// --allow-net=host:port grants that address and no other.
// needs: net
// perms: --allow-net=127.0.0.1:1
// expect: PermissionDenied: Requires net access to "127.0.0.1:2", run again with the --allow-net flag
// expect: ConnectionRefused
try {
  await Toy.connect({ hostname: "127.0.0.1", port: 2 });
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
try {
  await Toy.connect({ hostname: "127.0.0.1", port: 1 });
} catch (e) {
  print(e.name);
}
