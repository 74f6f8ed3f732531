// Without --allow-run, running a program is refused before anything
// starts, naming the program as given.
// needs: run
// expect: PermissionDenied: Requires run access to "ls", run again with the --allow-run flag
// expect: PermissionDenied: Requires run access to "ls", run again with the --allow-run flag
try {
  await new Toy.Command("ls").output();
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
try {
  new Toy.Command("ls").outputSync();
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
