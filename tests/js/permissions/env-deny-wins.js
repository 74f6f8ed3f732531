// --deny-env=NAME wins over --allow-env: that variable is denied, others
// are allowed, and toObject() is denied (it would show the denied one).
// needs: perms
// perms: --allow-env --deny-env=TOYJS_SECRET
// expect: granted denied
// expect: Requires env access to "TOYJS_SECRET", run again with the --allow-env flag
// expect: Requires env access, run again with the --allow-env flag
// expect: visible
Toy.env.set("TOYJS_VISIBLE", "visible");
print(Toy.permissions.querySync({ name: "env", variable: "TOYJS_VISIBLE" }).state,
  Toy.permissions.querySync({ name: "env", variable: "TOYJS_SECRET" }).state);
for (const fn of [() => Toy.env.set("TOYJS_SECRET", "x"), () => Toy.env.toObject()]) {
  try {
    fn();
    print("allowed");
  } catch (e) {
    print(e.message);
  }
}
print(Toy.env.get("TOYJS_VISIBLE"));
