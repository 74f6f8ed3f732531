// '*' in a path of --allow-read matches any run of characters inside one
// component, and never a '/': a pattern for the .txt files of a folder
// allows those, not its other files, not the .txt files in its subfolders.
// flags: --allow-read=${DIR}/fixtures/*.txt
// expect: a.txt: read
// expect: b.json: PermissionDenied
// expect: sub/c.txt: PermissionDenied
const F = "exercises/06-glob/tests/fixtures/";
function attempt(name) {
  try {
    Toy.readTextFileSync(F + name);
    print(name + ": read");
  } catch (e) {
    print(name + ": " + e.name);
  }
}
attempt("a.txt");
attempt("b.json");
attempt("sub/c.txt");
