// Every part of a parsed http URL: scheme and host lower-cased, the
// default port dropped, credentials kept, and href put back together.
// needs: url
// expect: href http://user:secret@example.com/a/b?x=1#top
// expect: origin http://example.com
// expect: protocol http:
// expect: username user
// expect: password secret
// expect: host example.com
// expect: hostname example.com
// expect: port 
// expect: pathname /a/b
// expect: search ?x=1
// expect: hash #top
const u = new URL("HTTP://user:secret@EXAMPLE.com:80/a/b?x=1#top");
for (const k of ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"]) {
  print(k, u[k]);
}
