// A byte order mark at the start of a query is data, not a signature:
// the form decoder keeps it, raw or percent-encoded.
// needs: url
// expect: feff 6b = feff 76
// expect: true null
const hex = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(" ");
const p = new URLSearchParams("\ufeffk=\ufeffv");
for (const [k, v] of p) print(hex(k), "=", hex(v));
const q = new URLSearchParams("%EF%BB%BFk=1");
print(q.has("\ufeffk"), q.get("k"));
