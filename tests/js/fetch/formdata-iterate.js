// A FormData's iterators read the live list by index: an entry deleted
// behind the cursor makes it skip the next, one appended is reached.
// forEach passes value, name and the FormData.
// needs: fetch
// expect: a b d e
// expect: [object FormData Iterator] true
// expect: 1:a 2:b true
// expect: ["v1","v2"]
const fd = new FormData();
for (const name of ["a", "b", "c", "d"]) fd.append(name, name.toUpperCase());
const seen = [];
for (const [name] of fd) {
  seen.push(name);
  if (name === "b") {
    fd.delete("a");
    fd.append("e", "E");
  }
}
print(seen.join(" "));
const it = fd.entries();
print(Object.prototype.toString.call(it), typeof it[Symbol.iterator] === "function");
const small = new FormData();
small.append("a", "1");
small.append("b", "2");
const calls = [];
let same = true;
small.forEach(function (value, name, form) {
  calls.push(`${value}:${name}`);
  same &&= form === small && this === undefined;
});
print(calls.join(" "), same);
const vals = new FormData();
vals.append("k", "v1");
vals.append("k", "v2");
print(JSON.stringify([...vals.values()]));
