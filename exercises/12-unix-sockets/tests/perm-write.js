// Read access alone is not enough: a Unix socket also needs write access
// to its path, for listening and for connecting alike.
// needs: net
// perms: --allow-read
// expect: listen: PermissionDenied: Requires write access to "/tmp/toyjs-no-such-dir/s.sock", run again with the --allow-write flag
// expect: connect: PermissionDenied: Requires write access to "/tmp/toyjs-no-such-dir/s.sock", run again with the --allow-write flag
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
