// Iteration is sorted by name with repeated names joined, and live: each
// step reads the sorted list as it is now, so a name deleted before the
// iterator reaches it is not seen, and one added after its position is.
// The iterators share a prototype that holds next(), as WebIDL's do.
// needs: http
// expect: a=1, 2 b=x c=3
// expect: a b c
// expect: 1, 2|x|3
// expect: [object Headers Iterator] true true
// expect: live: a d
// expect: forEach: a,aa,d
const h = new Headers([["c", "3"], ["A", "1"], ["b", "x"], ["a", "2"]]);
print([...h.entries()].map(([k, v]) => `${k}=${v}`).join(" "));
print(...h.keys());
print([...h.values()].join("|"));
const it = h.keys();
const proto = Object.getPrototypeOf(it);
print(Object.prototype.toString.call(it), Object.hasOwn(proto, "next"), proto === Object.getPrototypeOf(h.entries()));
const seen = [];
for (const name of h.keys()) {
  seen.push(name);
  if (name === "a") {
    h.delete("b");
    h.delete("c");
    h.set("d", "4");
  }
}
print("live:", ...seen);
const calls = [];
h.forEach((value, name, self) => {
  calls.push(name);
  if (self === h && name === "a") h.set("aa", "0");   // sorts after "a": forEach reaches it
});
print("forEach:", calls.join(","));
