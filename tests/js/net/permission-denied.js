// Without --allow-net, both listen and connect are refused.
// needs: net
// expect: PermissionDenied: Requires net access to "127.0.0.1:8000", run again with the --allow-net flag
// expect: PermissionDenied: Requires net access to "127.0.0.1:8001", run again with the --allow-net flag
try {
  Toy.listen({ hostname: "127.0.0.1", port: 8000 });
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
try {
  await Toy.connect({ hostname: "127.0.0.1", port: 8001 });
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
