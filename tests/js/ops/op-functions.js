// Every entry of Toy.core.ops is a function whose name is its key and
// starts with "op_", so stack traces and --trace-ops name the same thing.
// needs: ops
// expect: ok
const bad = [];
for (const [key, fn] of Object.entries(Toy.core.ops)) {
  if (typeof fn !== "function" || fn.name !== key || !key.startsWith("op_")) bad.push(key);
}
print(bad.length === 0 && Object.keys(Toy.core.ops).length > 0 ? "ok" : "bad: " + bad.join(" "));
