// Revoking one file inside a granted folder takes that file back: it is
// no longer granted and cannot be read, by any spelling of its path.
// needs: perms
// perms: --allow-read=tests/js/permissions/fixtures
// expect: prompt
// expect: denied
// expect: denied
const dir = "tests/js/permissions/fixtures";
print(Toy.permissions.revokeSync({ name: "read", path: dir + "/data.txt" }).state);
for (const path of [dir + "/data.txt", dir + "/sub/../data.txt"]) {
  try {
    Toy.readTextFileSync(path);
    print("read a revoked file");
  } catch (e) {
    print(e instanceof Toy.errors.PermissionDenied ? "denied" : e.name);
  }
}
