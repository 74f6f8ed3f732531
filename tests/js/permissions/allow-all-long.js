// --allow-all is -A spelled out.
// needs: perms
// perms: --allow-all
// expect: granted granted granted granted granted
// expect: true
const names = ["read", "write", "net", "env", "run"];
print(...names.map((name) => Toy.permissions.querySync({ name }).state));
print(typeof Toy.env.toObject() === "object");
