// --allow-env=A,B allows exactly those variables. Any other name is
// denied for get, set, has and delete; toObject() needs all of env and
// says so with the whole-kind message.
// needs: perms
// perms: --allow-env=TOYJS_A,TOYJS_B
// expect: a b
// expect: get: Requires env access to "TOYJS_C", run again with the --allow-env flag
// expect: set: Requires env access to "TOYJS_C", run again with the --allow-env flag
// expect: has: Requires env access to "TOYJS_C", run again with the --allow-env flag
// expect: delete: Requires env access to "TOYJS_C", run again with the --allow-env flag
// expect: toObject: PermissionDenied Requires env access, run again with the --allow-env flag
Toy.env.set("TOYJS_A", "a");
Toy.env.set("TOYJS_B", "b");
print(Toy.env.get("TOYJS_A"), Toy.env.get("TOYJS_B"));
const calls = {
  get: () => Toy.env.get("TOYJS_C"),
  set: () => Toy.env.set("TOYJS_C", "c"),
  has: () => Toy.env.has("TOYJS_C"),
  delete: () => Toy.env.delete("TOYJS_C"),
};
for (const [name, fn] of Object.entries(calls)) {
  try {
    fn();
    print(name + ": allowed");
  } catch (e) {
    print(`${name}: ${e instanceof Toy.errors.PermissionDenied ? e.message : e.name}`);
  }
}
try {
  Toy.env.toObject();
  print("toObject: allowed");
} catch (e) {
  print("toObject:", e.name, e.message);
}
