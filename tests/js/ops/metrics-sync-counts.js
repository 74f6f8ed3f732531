// N calls of a sync op add exactly N to its dispatched, completed and slow
// counts, and nothing to failed or async. The totals grow by N plus one:
// a metrics call is itself an op, counted as dispatched but not yet
// completed in its own snapshot; the first call has completed by the second.
// needs: ops metrics
// expect: op_add +25 +25 +0 +25 +0
// expect: totals +26 +26 +0
// expect: metrics itself +1 +1
const { op_add } = Toy.core.ops;
const before = Toy.core.metrics();
for (let i = 0; i < 25; i++) op_add(i, 1);
const after = Toy.core.metrics();
const diff = (key) => "+" + (after.ops.op_add[key] - before.ops.op_add[key]);
print("op_add", diff("dispatched"), diff("completed"), diff("failed"), diff("slow"), diff("async"));
print("totals", "+" + (after.opsDispatched - before.opsDispatched),
      "+" + (after.opsCompleted - before.opsCompleted),
      "+" + (after.opsFailed - before.opsFailed));
const own = (key) => "+" + (after.ops.op_metrics[key] - before.ops.op_metrics[key]);
print("metrics itself", own("dispatched"), own("completed"));
