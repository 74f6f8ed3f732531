// Keys the environment cannot hold are a TypeError thrown by the op:
// an empty key, a key with "=" or NUL in it, a value with NUL in it.
// expect: TypeError: Key is an empty string.
// expect: TypeError: Key is an empty string.
// expect: TypeError: Key contains invalid characters: "A=B"
// expect: TypeError: Key contains invalid characters: "A\u0000B"
// expect: TypeError: Value contains invalid characters: "x\u0000y"
// expect: unset: true
const attempts = [
  () => Toy.env.get(""),
  () => Toy.env.set("", "x"),
  () => Toy.env.set("A=B", "x"),
  () => Toy.env.delete("A\0B"),
  () => Toy.env.set("TOYJS_LAB_NUL", "x\0y"),
];
for (const attempt of attempts) {
  try {
    attempt();
    print("no error");
  } catch (e) {
    print(e.name + ": " + e.message);
  }
}
print("unset:", Toy.env.get("TOYJS_LAB_NUL") === undefined);
