// reusePort changes how the socket is made, not who may make it: without
// --allow-net the listen is refused before any socket exists.
// needs: workers
// expect: PermissionDenied: Requires net access to "127.0.0.1:0", run again with the --allow-net flag
try {
  Toy.listen({ hostname: "127.0.0.1", port: 0, reusePort: true });
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
