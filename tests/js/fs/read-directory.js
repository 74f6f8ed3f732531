// Reading a directory as a file fails with IsADirectory and Deno's
// message, in all four reading forms.
// needs: fs
// perms: --allow-read --allow-write
// expect: readFileSync true IsADirectory Is a directory (os error 21): readfile 'tests/js/fs'
// expect: readTextFileSync true IsADirectory Is a directory (os error 21): readfile 'tests/js/fs'
// expect: readFile true IsADirectory Is a directory (os error 21): readfile 'tests/js/fs'
// expect: readTextFile true IsADirectory Is a directory (os error 21): readfile 'tests/js/fs'
const dir = "tests/js/fs";
const report = (name, e) => print(name, e instanceof Toy.errors.IsADirectory, e.name, e.message);
for (const name of ["readFileSync", "readTextFileSync"]) {
  try {
    Toy[name](dir);
    print(name, "read");
  } catch (e) {
    report(name, e);
  }
}
Toy.readFile(dir)
  .then(() => print("readFile read"), (e) => report("readFile", e))
  .then(() => Toy.readTextFile(dir))
  .then(() => print("readTextFile read"), (e) => report("readTextFile", e));
