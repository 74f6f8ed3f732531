// A request that was refused does not let the access through afterwards.
// needs: perms
// expect: denied
// expect: PermissionDenied
print(Toy.permissions.requestSync({ name: "read", path: "tests/js/permissions/fixtures" }).state);
try {
  Toy.readTextFileSync("tests/js/permissions/fixtures/data.txt");
  print("read");
} catch (e) {
  print(e.name);
}
