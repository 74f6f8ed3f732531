// --allow-read=A,B grants exactly the listed paths (a file and a folder
// here): what they cover reads, anything else is denied.
// needs: perms
// perms: --allow-read=tests/js/permissions/fixtures/data.txt,tests/js/permissions/fixtures/sub
// expect: data ok
// expect: sub ok
// expect: Requires read access to "tests/js/permissions/fixtures/other.txt", run again with the --allow-read flag
print(Toy.readTextFileSync("tests/js/permissions/fixtures/data.txt").trim());
print(Toy.readTextFileSync("tests/js/permissions/fixtures/sub/hidden.txt").trim());
try {
  Toy.readTextFileSync("tests/js/permissions/fixtures/other.txt");
  print("read a file outside the list");
} catch (e) {
  print(e.message);
}
