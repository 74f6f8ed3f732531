// Without --allow-net, listenTls and connectTls are refused just as
// listen and connect are, before any certificate is looked at.
// needs: tls
// expect: PermissionDenied: Requires net access to "127.0.0.1:8443", run again with the --allow-net flag
// expect: PermissionDenied: Requires net access to "localhost:8444", run again with the --allow-net flag
try {
  Toy.listenTls({ hostname: "127.0.0.1", port: 8443, cert: "not read", key: "not read" });
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
try {
  await Toy.connectTls({ hostname: "localhost", port: 8444 });
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
