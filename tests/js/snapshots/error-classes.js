// An op's error is made from the classes the runtime's JS registered at
// bootstrap (setErrorClasses): after a start from the snapshot, the bridge
// finds them again, so the error is a Toy.errors.NotFound, not a bare Error.
// needs: snapshots fs
// perms: --allow-read=/nonexistent
// expect: NotFound true true
// expect: No such file or directory (os error 2): readfile '/nonexistent/toyjs-snapshot-test'
// expect: BadResource true Bad resource ID
try {
  Toy.readTextFileSync("/nonexistent/toyjs-snapshot-test");
} catch (e) {
  print(e.name, e instanceof Toy.errors.NotFound, e instanceof Error);
  print(e.message);
}
try {
  Toy.close(12345);
} catch (e) {
  print(e.name, e instanceof Toy.errors.BadResource, e.message);
}
