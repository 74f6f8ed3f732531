// file: URLs have an empty host ("localhost" too), and resolve
// references against a file base.
// needs: url
// expect: file:///etc/passwd | /etc/passwd | null
// expect: file:///tmp/x
// expect: file:///home/u/b.js
// expect: file:///a%20b
for (const s of ["file:///etc/../etc/passwd"]) {
  const u = new URL(s);
  print(u.href, "|", u.pathname, "|", u.origin);
}
print(new URL("file://localhost/tmp/x").href);
print(new URL("./b.js", "file:///home/u/a.js").href);
print(new URL("file:/a b").href);
