// Without read access, a symlink loop is denied with the usual message
// naming the path as given.
// needs: perms
// expect: Requires read access to "tests/js/attack/fixtures/granted/loop1", run again with the --allow-read flag
try {
  Toy.readTextFileSync("tests/js/attack/fixtures/granted/loop1");
  print("read");
} catch (e) {
  print(e.message);
}
