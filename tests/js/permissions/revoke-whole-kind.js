// revoke({ name }) without a field takes back the whole kind, the flag's
// list included: every variable that was allowed is denied afterwards.
// needs: perms
// perms: --allow-env=HOME,TOYJS_X
// expect: granted
// expect: prompt
// expect: prompt prompt
// expect: Requires env access to "HOME", run again with the --allow-env flag
const P = Toy.permissions;
print(P.querySync({ name: "env", variable: "HOME" }).state);
print((await P.revoke({ name: "env" })).state);
print(P.querySync({ name: "env", variable: "HOME" }).state,
  P.querySync({ name: "env", variable: "TOYJS_X" }).state);
try {
  Toy.env.get("HOME");
  print("read HOME");
} catch (e) {
  print(e.message);
}
