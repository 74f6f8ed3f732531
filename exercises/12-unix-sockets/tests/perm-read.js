// A Unix socket is a file: listening on one or connecting to one needs
// read access to its path, checked before anything is touched.
// needs: net
// expect: listen: PermissionDenied: Requires read access to "/tmp/toyjs-no-such-dir/s.sock", run again with the --allow-read flag
// expect: connect: PermissionDenied: Requires read access to "/tmp/toyjs-no-such-dir/s.sock", run again with the --allow-read flag
const path = "/tmp/toyjs-no-such-dir/s.sock";
try {
  Toy.listen({ transport: "unix", path });
} catch (e) {
  print(`listen: ${e.name}: ${e.message}`);
}
try {
  await Toy.connect({ transport: "unix", path });
} catch (e) {
  print(`connect: ${e.name}: ${e.message}`);
}
