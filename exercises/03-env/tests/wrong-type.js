// Keys and values must be strings: the bridge checks the arguments
// against the ops' descriptors and throws a TypeError naming the op.
// expect: TypeError: op_env_get: argument 1 must be a string, got number
// expect: TypeError: op_env_set: argument 2 must be a string, got undefined
// expect: TypeError: op_env_delete: argument 1 must be a string, got null
const attempts = [
  () => Toy.env.get(42),
  () => Toy.env.set("TOYJS_LAB_VAR"),
  () => Toy.env.delete(null),
];
for (const attempt of attempts) {
  try {
    attempt();
    print("no error");
  } catch (e) {
    print(e.name + ": " + e.message);
  }
}
