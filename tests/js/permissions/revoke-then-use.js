// revoke() takes a grant back for good: the revoked folder reads as
// "prompt", and a read inside it is denied (no terminal to ask on).
// needs: perms
// perms: --allow-read=tests/js/permissions/fixtures
// expect: data ok
// expect: prompt
// expect: prompt
// expect: Requires read access to "tests/js/permissions/fixtures/data.txt", run again with the --allow-read flag
const dir = "tests/js/permissions/fixtures";
print(Toy.readTextFileSync(dir + "/data.txt").trim());
print(Toy.permissions.revokeSync({ name: "read", path: dir }).state);
print(Toy.permissions.querySync({ name: "read", path: dir + "/data.txt" }).state);
try {
  Toy.readTextFileSync(dir + "/data.txt");
  print("read after revoke");
} catch (e) {
  print(e.message);
}
