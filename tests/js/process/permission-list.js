// --allow-run=echo grants that program and no other.
// needs: run
// perms: --allow-run=echo
// expect: 0
// expect: PermissionDenied: Requires run access to "true", run again with the --allow-run flag
print(new Toy.Command("echo").outputSync().code);
try {
  new Toy.Command("true").outputSync();
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
