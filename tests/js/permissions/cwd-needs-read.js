// Toy.cwd() tells where the program runs, which is a read of that folder:
// without read access to it, it throws PermissionDenied naming it.
// needs: perms
// expect: true
// expect: true
const here = decodeURIComponent(import.meta.url.replace(/^file:\/\//, "").replace(/\/[^/]*$/, ""));
const root = here.replace(/\/tests\/js\/permissions$/, "");
try {
  print("cwd: " + Toy.cwd());
} catch (e) {
  print(e instanceof Toy.errors.PermissionDenied);
  print(e.message === `Requires read access to "${root}", run again with the --allow-read flag` || e.message);
}
