// Revoking a kind that --allow-read granted entirely also works, and the
// revoke does not touch the other kinds.
// needs: perms
// perms: --allow-read --allow-env
// expect: prompt granted
// expect: denied
const P = Toy.permissions;
P.revokeSync({ name: "read" });
print(P.querySync({ name: "read", path: "/" }).state, P.querySync({ name: "env" }).state);
try {
  Toy.readTextFileSync("tests/js/permissions/fixtures/data.txt");
  print("read");
} catch (e) {
  print(e instanceof Toy.errors.PermissionDenied ? "denied" : e.name);
}
