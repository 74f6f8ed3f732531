// A variable that is not set: Toy.env.get gives undefined, and the op
// under it, op_env_get, gives null (a JSON result has no undefined).
// expect: true
// expect: null
print(Toy.env.get("TOYJS_LAB_SURELY_NOT_SET") === undefined);
print(Toy.core.ops.op_env_get("TOYJS_LAB_SURELY_NOT_SET"));
