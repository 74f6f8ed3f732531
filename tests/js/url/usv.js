// A lone surrogate cannot be UTF-8, so every string URL and
// URLSearchParams take is first made well-formed: each unpaired
// surrogate becomes U+FFFD, while a proper pair stays one code point.
// needs: url
// expect: /%EF%BF%BD ?%EF%BF%BD #x%EF%BF%BD
// expect: /%F0%9F%98%80
// expect: %EF%BF%BDk=v%EF%BF%BD
// expect: a U+FFFD 3
// expect: b 2
const u = new URL("http://h.test/\ud800?\udc00#x\ud83d");
print(u.pathname, u.search, u.hash);
print(new URL("http://h.test/\ud83d\ude00").pathname);
const p = new URLSearchParams();
p.append("\udc01k", "v\ud801");
print(p.toString());
const r = new URLSearchParams({ "a\ud800": "1", b: "2", "a\udbff": "3" });
for (const [k, v] of r) print(k === "a\ufffd" ? "a U+FFFD" : k, v);
