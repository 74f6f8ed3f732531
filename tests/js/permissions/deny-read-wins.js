// --deny-read=FILE wins over --allow-read: the one file is denied, the
// rest of the file system is still readable.
// needs: perms
// perms: --allow-read --deny-read=tests/js/permissions/fixtures/data.txt
// expect: denied granted
// expect: PermissionDenied: Requires read access to "tests/js/permissions/fixtures/data.txt", run again with the --allow-read flag
// expect: other ok
const P = Toy.permissions;
print(P.querySync({ name: "read", path: "tests/js/permissions/fixtures/data.txt" }).state,
  P.querySync({ name: "read", path: "tests/js/permissions/fixtures/other.txt" }).state);
try {
  Toy.readTextFileSync("tests/js/permissions/fixtures/data.txt");
  print("read a denied file");
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
print(Toy.readTextFileSync("tests/js/permissions/fixtures/other.txt").trim());
