// A component "**" matches any number of components, none too: a pattern
// for the .txt files at any depth allows them all, and still no .json.
// flags: --allow-read=${DIR}/fixtures/**/*.txt
// expect: a.txt: read
// expect: sub/c.txt: read
// expect: sub/deep/d.txt: read
// expect: b.json: PermissionDenied
// expect: sub/e.json: PermissionDenied
const F = "exercises/06-glob/tests/fixtures/";
function attempt(name) {
  try {
    Toy.readTextFileSync(F + name);
    print(name + ": read");
  } catch (e) {
    print(name + ": " + e.name);
  }
}
for (const name of ["a.txt", "sub/c.txt", "sub/deep/d.txt", "b.json", "sub/e.json"]) attempt(name);
