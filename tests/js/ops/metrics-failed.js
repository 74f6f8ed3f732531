// A rejected op counts as failed, not completed, and is not left pending:
// op_sleep(-1) fails before it goes async, so the counts change at once.
// needs: ops metrics !fastcalls
// expect: op_sleep {"dispatched":1,"completed":0,"failed":1,"slow":0,"async":1}
// expect: opsFailed +1 opsPending 0
// expect: caught RangeError
const before = Toy.core.metrics();
const p = Toy.core.ops.op_sleep(-1);
const after = Toy.core.metrics();
print("op_sleep", JSON.stringify(after.ops.op_sleep));
print("opsFailed", "+" + (after.opsFailed - before.opsFailed), "opsPending", after.opsPending);
p.catch((e) => print("caught", e.name));
