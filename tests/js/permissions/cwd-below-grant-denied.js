// A grant for a folder below the working directory does not cover the
// working directory itself.
// needs: perms
// perms: --allow-read=tests
// expect: PermissionDenied
try {
  print(Toy.cwd());
} catch (e) {
  print(e.name);
}
