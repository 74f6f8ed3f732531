// Toy.open() is async too: denied, its promise rejects (for read and for
// write), with each kind's message.
// needs: perms
// expect: read: PermissionDenied: Requires read access to "tests/js/permissions/fixtures/data.txt", run again with the --allow-read flag
// expect: write: PermissionDenied: Requires write access to "tests/js/permissions/fixtures/data.txt", run again with the --allow-write flag
const path = "tests/js/permissions/fixtures/data.txt";
for (const [label, options] of [["read", { read: true }], ["write", { write: true }]]) {
  try {
    const file = await Toy.open(path, options);
    file.close();
    print(label + ": opened");
  } catch (e) {
    print(`${label}: ${e.name}: ${e.message}`);
  }
}
