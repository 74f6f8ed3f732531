// A backslash makes the next character literal: a grant for the file
// whose name really has a '*' in it allows that file only. (The read then
// fails with NotFound: the check passed, and no such file exists.)
// flags: --allow-read=/tmp/toyjs-lab-glob-\*.none
// expect: star: NotFound
// expect: other: PermissionDenied
function attempt(label, path) {
  try {
    Toy.readTextFileSync(path);
    print(label + ": read");
  } catch (e) {
    print(label + ": " + e.name);
  }
}
attempt("star", "/tmp/toyjs-lab-glob-*.none");
attempt("other", "/tmp/toyjs-lab-glob-x.none");
