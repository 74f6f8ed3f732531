// Toy.env is an extension of its own: its ops are counted in the metrics
// and Toy.env's code runs from the built-in file js/03_env.js.
// expect: op_env_get 1
// expect: op_env_set 1
// expect: op_env_delete 0
// expect: from 03_env.js: true
Toy.env.set("TOYJS_LAB_EXT", "x");
Toy.env.get("TOYJS_LAB_EXT");
const ops = Toy.core.metrics().ops;
for (const name of ["op_env_get", "op_env_set", "op_env_delete"])
  print(name, ops[name].dispatched);
try {
  Toy.env.set("", "x");
} catch (e) {
  print("from 03_env.js:", e.stack.includes("(toyjs:js/03_env.js:"));
}
