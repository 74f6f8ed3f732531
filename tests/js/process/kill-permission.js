// Toy.kill needs run access too, and rejects an unknown signal name.
// needs: run
// expect: PermissionDenied: Requires run access, run again with the --allow-run flag
try {
  Toy.kill(Toy.pid, "SIGTERM");
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
