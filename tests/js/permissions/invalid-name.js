// An unknown permission name is a TypeError: thrown by the sync forms,
// a rejection from the async ones; a descriptor that is not an object
// is one too.
// needs: perms
// expect: querySync TypeError The provided value "foo" is not a valid permission name
// expect: requestSync TypeError The provided value "foo" is not a valid permission name
// expect: revokeSync TypeError The provided value "foo" is not a valid permission name
// expect: querySync TypeError
// expect: query rejected TypeError The provided value "foo" is not a valid permission name
// expect: request rejected TypeError The provided value "foo" is not a valid permission name
// expect: revoke rejected TypeError The provided value "foo" is not a valid permission name
const P = Toy.permissions;
for (const name of ["querySync", "requestSync", "revokeSync"]) {
  try {
    P[name]({ name: "foo" });
    print(name, "accepted");
  } catch (e) {
    print(name, e.name, e.message);
  }
}
try {
  P.querySync("read");
  print("querySync accepted a string");
} catch (e) {
  print("querySync", e.name);
}
for (const name of ["query", "request", "revoke"]) {
  let p;
  try {
    p = P[name]({ name: "foo" });
  } catch (e) {
    print(name, "threw synchronously");
    continue;
  }
  await p.then(() => print(name, "resolved"), (e) => print(name, "rejected", e.name, e.message));
}
