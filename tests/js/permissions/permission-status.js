// query, request and revoke give a Toy.PermissionStatus with a state;
// the async forms return promises that resolve to one.
// needs: perms
// perms: --allow-env=HOME
// expect: querySync true granted
// expect: requestSync true granted
// expect: query true true granted
// expect: request true true granted
// expect: revoke true true prompt
// expect: revokeSync true prompt
const P = Toy.permissions;
const desc = { name: "env", variable: "HOME" };
for (const name of ["querySync", "requestSync"]) {
  const s = P[name](desc);
  print(name, s instanceof Toy.PermissionStatus, s.state);
}
for (const name of ["query", "request", "revoke"]) {
  const p = P[name](desc);
  const s = await p;
  print(name, p instanceof Promise, s instanceof Toy.PermissionStatus, s.state);
}
const s = P.revokeSync(desc);
print("revokeSync", s instanceof Toy.PermissionStatus, s.state);
