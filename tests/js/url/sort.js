// sort() orders by name, keeping the order of equal names.
// needs: url
// expect: a=2&a=1&b=3&c=0
const p = new URLSearchParams("c=0&a=2&b=3&a=1");
p.sort();
print(p.toString());
