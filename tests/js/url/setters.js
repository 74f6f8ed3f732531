// The setters change one part and href follows; a value that is not
// valid for that part is ignored; href = "bad" throws.
// needs: url
// expect: https://h.example:8443/p?q=1#f
// expect: https://other.example/new%20path?x=y#h2
// expect: https://other.example/new%20path?x=y#h2
// expect: https://u:p%40@other.example:1/new%20path?x=y#h2
// expect: TypeError Invalid URL: 'bad'
// expect: http://n/
const u = new URL("http://h.example/p?q=1#f");
u.protocol = "https";
u.port = "8443";
print(u.href);
u.hostname = "other.example";
u.port = "";
u.pathname = "new path";
u.search = "x=y";
u.hash = "#h2";
print(u.href);
u.port = "99999";
u.protocol = "mailto";
print(u.href);
u.username = "u";
u.password = "p@";
u.port = 1;
print(u.href);
try {
  u.href = "bad";
} catch (e) {
  print(e.name, e.message);
}
u.href = "http://n";
print(String(u));
