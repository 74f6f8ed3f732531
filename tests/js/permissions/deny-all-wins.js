// --deny-read without a value denies every read, even with --allow-read.
// needs: perms
// perms: --allow-read --deny-read
// expect: denied denied
// expect: denied
const P = Toy.permissions;
print(P.querySync({ name: "read" }).state, P.querySync({ name: "read", path: "/" }).state);
try {
  Toy.readTextFileSync("tests/js/permissions/fixtures/data.txt");
  print("read");
} catch (e) {
  print(e instanceof Toy.errors.PermissionDenied ? "denied" : e.name);
}
