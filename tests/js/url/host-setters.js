// host and hostname on URLs that are not http-like: a non-special URL
// takes any opaque host, a file URL drops "localhost", and a value the
// host parser rejects changes nothing. A port out of range still lets
// the host through, as the standard orders the steps.
// needs: url
// expect: git://new.test:9418/repo
// expect: git://Mixed.Case:9418/repo
// expect: git://Mixed.Case:9418/repo
// expect: file://nas/share/a
// expect: file:///share/a
// expect: file:///share/a
// expect: http://b.test/p
// expect: http://b.test/p
// expect: http://b.test/p
// expect: mailto:x@y.test
const show = (u) => print(u.href);
const g = new URL("git://old.test/repo");
g.host = "new.test:9418";
show(g);
g.hostname = "Mixed.Case";
show(g);
g.host = "bad host";
show(g);
const f = new URL("file:///share/a");
f.hostname = "nas";
show(f);
f.host = "localhost";
show(f);
f.host = "nas:445";
show(f);
const h = new URL("http://a.test/p");
h.host = "b.test:70000";
show(h);
h.hostname = "[not-ipv6]";
show(h);
h.host = "";
show(h);
const o = new URL("mailto:x@y.test");
o.host = "z.test";
show(o);
