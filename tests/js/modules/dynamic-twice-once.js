// Two import() calls of one module, even in the same turn, evaluate it
// once and resolve to one namespace.
// needs: modules
// perms: --allow-read
// expect: true 1
const [x, y] = await Promise.all([
  import("./fixtures/counted.js"),
  import("./fixtures/counted.js"),
]);
print(x === y, globalThis.counted);
