// Hosts: IPv4 in any of its old forms is canonical dotted decimal, IPv6
// is compressed, a non-ASCII name becomes punycode, and a non-special
// URL keeps its host as written.
// needs: url
// expect: 127.0.0.1
// expect: 192.168.0.1
// expect: [::1]
// expect: [2001:db8::ff00:42:8329]
// expect: [::ffff:c000:280]
// expect: xn--mnchen-3ya.de
// expect: xn--fiqs8s.example
// expect: Host.Example
for (const s of ["http://0x7f.0.0.1/", "http://3232235521/", "http://[0:0::1]/", "http://[2001:0DB8:0000:0000:0000:FF00:0042:8329]/",
  "http://[::ffff:192.0.2.128]/", "http://München.de/", "http://中国.example/", "foo://Host.Example/"]) {
  print(new URL(s).hostname);
}
