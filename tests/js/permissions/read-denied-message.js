// A read nobody allowed throws Toy.errors.PermissionDenied, and the
// message names the path as the program gave it (relative here), in
// Deno's words, so the fix is obvious.
// needs: perms
// expect: true true PermissionDenied
// expect: Requires read access to "tests/js/permissions/fixtures/data.txt", run again with the --allow-read flag
try {
  Toy.readTextFileSync("tests/js/permissions/fixtures/data.txt");
  print("read without permission");
} catch (e) {
  print(e instanceof Toy.errors.PermissionDenied, e instanceof Error, e.name);
  print(e.message);
}
