// A --deny-read for a folder inside an --allow-read folder carves it out:
// everything below the denied folder is denied, its siblings are not,
// whatever the order of the flags.
// needs: perms
// perms: --deny-read=tests/js/permissions/fixtures/sub --allow-read=tests/js/permissions/fixtures
// expect: data ok
// expect: denied
// expect: denied
try {
  print(Toy.readTextFileSync("tests/js/permissions/fixtures/data.txt").trim());
} catch (e) {
  print("sibling: " + e.name);
}
for (const path of ["tests/js/permissions/fixtures/sub/hidden.txt",
  "tests/js/permissions/fixtures/./sub//hidden.txt"]) {
  try {
    Toy.readTextFileSync(path);
    print("read below a denied folder");
  } catch (e) {
    print(e instanceof Toy.errors.PermissionDenied ? "denied" : e.name);
  }
}
