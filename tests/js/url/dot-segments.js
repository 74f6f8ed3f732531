// "." and ".." segments (also percent-encoded) are removed; a ".." above
// the root stays at the root; backslashes are slashes in special URLs.
// needs: url
// expect: /a/c
// expect: /c
// expect: /a/
// expect: /
// expect: /x/y
// expect: /a/b/c
for (const s of ["http://h/a/./b/../c", "http://h/a/%2e%2E/b/../c", "http://h/a/b/..", "http://h/../../..", "http://h/x/./y", "http:\\\\h\\a\\b\\c"]) {
  print(new URL(s).pathname);
}
