// A port is dropped when it is the scheme's default, and kept otherwise.
// needs: url
// expect: https://a.com/ ""
// expect: https://a.com:80/ "80"
// expect: ws://a.com/ ""
// expect: ftp://a.com:22/ "22"
// expect: foo://a.com:80/ "80"
// expect: http://a.com:8080 a.com:8080
for (const s of ["https://a.com:443/", "https://a.com:80/", "ws://a.com:80/", "ftp://a.com:22/", "foo://a.com:80/"]) {
  const u = new URL(s);
  print(u.href, JSON.stringify(u.port));
}
const u = new URL("http://a.com:8080/");
print(u.origin, u.host);
