// Reading a missing file fails with NotFound and Deno's message, in all
// four reading forms.
// needs: fs
// perms: --allow-read --allow-write
// expect: readFileSync true NotFound No such file or directory (os error 2): readfile 'tests/js/fs/fixtures/no-such-file.txt'
// expect: readTextFileSync true NotFound No such file or directory (os error 2): readfile 'tests/js/fs/fixtures/no-such-file.txt'
// expect: readFile true NotFound No such file or directory (os error 2): readfile 'tests/js/fs/fixtures/no-such-file.txt'
// expect: readTextFile true NotFound No such file or directory (os error 2): readfile 'tests/js/fs/fixtures/no-such-file.txt'
const path = "tests/js/fs/fixtures/no-such-file.txt";
const report = (name, e) => print(name, e instanceof Toy.errors.NotFound, e.name, e.message);
for (const name of ["readFileSync", "readTextFileSync"]) {
  try {
    Toy[name](path);
    print(name, "read");
  } catch (e) {
    report(name, e);
  }
}
Toy.readFile(path)
  .then(() => print("readFile read"), (e) => report("readFile", e))
  .then(() => Toy.readTextFile(path))
  .then(() => print("readTextFile read"), (e) => report("readTextFile", e));
