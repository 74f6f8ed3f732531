// URLSearchParams: the list of name/value pairs, in order, duplicates
// allowed.
// needs: url
// expect: 1 ["1","3"] true false 4
// expect: a=9&b=2&c=x&d=
// expect: b=2&c=x&d=
// expect: b=2&d=
// expect: keys b,d values 2, entries [["b","2"],["d",""]]
// expect: foreach 2:b :d
const p = new URLSearchParams("?a=1&b=2&a=3&c=x");
print(p.get("a"), JSON.stringify(p.getAll("a")), p.has("c"), p.has("zz"), p.size);
p.set("a", "9");
p.append("d", "");
print(p.toString());
p.delete("a");
print(String(p));
p.delete("c", "x");
print(`${p}`);
print("keys", [...p.keys()].join(), "values", [...p.values()].join(), "entries", JSON.stringify([...p]));
let out = "foreach";
p.forEach((v, k) => (out += ` ${v}:${k}`));
print(out);
