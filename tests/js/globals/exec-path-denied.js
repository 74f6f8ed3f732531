// Without read access, Toy.execPath() is denied, as in Deno.
// needs: globals
// expect: PermissionDenied
try {
  Toy.execPath();
} catch (e) {
  print(e.name);
}
