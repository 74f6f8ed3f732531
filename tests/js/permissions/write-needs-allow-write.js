// Read access does not imply write access: with only --allow-read a
// write is denied with the write message, and the file is left alone.
// needs: perms
// perms: --allow-read=tests/js/permissions/fixtures
// expect: PermissionDenied: Requires write access to "tests/js/permissions/fixtures/data.txt", run again with the --allow-write flag
// expect: data ok
try {
  Toy.writeTextFileSync("tests/js/permissions/fixtures/data.txt", "overwritten\n");
  print("wrote without write permission");
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
print(Toy.readTextFileSync("tests/js/permissions/fixtures/data.txt").trim());
