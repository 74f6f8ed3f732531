// --deny-read takes patterns too, and a denial still wins: the whole
// fixtures folder is allowed except every .json file in it, at any depth.
// flags: --allow-read=${DIR}/fixtures --deny-read=${DIR}/fixtures/**/*.json
// expect: a.txt: read
// expect: b.json: PermissionDenied
// expect: sub/c.txt: read
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
for (const name of ["a.txt", "b.json", "sub/c.txt", "sub/e.json"]) attempt(name);
