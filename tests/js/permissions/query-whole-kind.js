// A descriptor without its field asks about the whole kind: granted only
// when the flag had no value; a list grants parts, not the whole.
// needs: perms
// perms: --allow-read --allow-env=HOME
// expect: granted prompt prompt prompt prompt
const names = ["read", "write", "net", "env", "run"];
print(...names.map((name) => Toy.permissions.querySync({ name }).state));
