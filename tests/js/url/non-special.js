// Schemes that are not special keep more as written: an opaque path, no
// default port, no backslash rewriting, origin "null".
// needs: url
// expect: mailto:a@b.c | mailto: | a@b.c | null
// expect: data:text/plain,hi there | data: | text/plain,hi there | null
// expect: git+ssh://git@host.com/repo.git | git+ssh: | /repo.git | null
// expect: urn:isbn:123 | urn: | isbn:123 | null
for (const s of ["mailto:a@b.c", "data:text/plain,hi there", "git+ssh://git@host.com/repo.git", "urn:isbn:123"]) {
  const u = new URL(s);
  print(u.href, "|", u.protocol, "|", u.pathname, "|", u.origin);
}
