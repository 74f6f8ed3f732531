// new URL(input, base) resolves a reference the way a browser does.
// needs: url
// expect: http://h/a/b/g
// expect: http://h/a/g
// expect: http://h/g
// expect: http://h/a/b/c?y
// expect: http://h/a/b/c?q#s
// expect: http://other/x
// expect: https://h/p
// expect: http://h/a/b/c?q
// expect: http://h/a/b/
// expect: http://h/a/
const base = "http://h/a/b/c?q#f";
for (const ref of ["g", "../g", "/g", "?y", "#s", "//other/x", "https://h/p", "", ".", ".."]) {
  print(new URL(ref, base).href);
}
