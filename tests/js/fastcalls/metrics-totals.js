// Fast calls skip the slow path's bookkeeping, but not the metrics: each
// op's dispatched and completed include its fast calls, and so do the
// totals, opsDispatched and opsCompleted. Between the two readings here
// come 500 fast calls of op_add, and 1 of op_metrics (which counts itself
// dispatched before it reads the counts, completed after).
// needs: fastcalls metrics
// flags: --v8-flags=--allow-natives-syntax
// expect: op_add {"dispatched":501,"completed":501,"failed":0,"slow":1,"async":0,"fast":500}
// expect: opsDispatched +501 opsCompleted +501 opsFailed +0
const { op_add } = Toy.core.ops;
function loop(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = op_add(s, i);
  return s;
}
%PrepareFunctionForOptimization(loop);
loop(1);
%OptimizeFunctionOnNextCall(loop);
const before = Toy.core.metrics();
loop(500);
const after = Toy.core.metrics();
print("op_add", JSON.stringify(after.ops.op_add));
print("opsDispatched +" + (after.opsDispatched - before.opsDispatched),
  "opsCompleted +" + (after.opsCompleted - before.opsCompleted),
  "opsFailed +" + (after.opsFailed - before.opsFailed));
