// Patterns are matched against the canonical path, symlinks followed:
// fixtures/link.txt matches the pattern by its name, but leads out of the
// folder (to the handout), so reading it is denied. The message names the
// path as the script gave it.
// flags: --allow-read=${DIR}/fixtures/*.txt
// expect: a.txt: read
// expect: link.txt: PermissionDenied: Requires read access to "exercises/06-glob/tests/fixtures/link.txt", run again with the --allow-read flag
const F = "exercises/06-glob/tests/fixtures/";
function attempt(name) {
  try {
    Toy.readTextFileSync(F + name);
    print(name + ": read");
  } catch (e) {
    print(name + ": " + e.name + ": " + e.message);
  }
}
attempt("a.txt");
attempt("link.txt");
