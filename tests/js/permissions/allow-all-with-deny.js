// A deny still wins over -A: --deny-env=HOME leaves HOME denied (and the
// whole env kind with it), while reads are unaffected.
// needs: perms
// perms: -A --deny-env=HOME
// expect: denied denied granted
// expect: Requires env access to "HOME", run again with the --allow-env flag
const P = Toy.permissions;
print(P.querySync({ name: "env", variable: "HOME" }).state, P.querySync({ name: "env" }).state,
  P.querySync({ name: "read" }).state);
try {
  Toy.env.get("HOME");
  print("read HOME");
} catch (e) {
  print(e.message);
}
