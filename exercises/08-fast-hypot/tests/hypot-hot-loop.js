// No natives syntax here: a hot loop alone (200 calls of a function that
// calls op_hypot 10,000 times) is optimized by V8, which then calls the
// fast entry. Every call is counted, by one path or the other, in the
// op's metrics and in the totals.
// needs: fastcalls
// expect: sum 111792218.54
// expect: served fast: true
// expect: every call counted: true
const { op_hypot } = Toy.core.ops;
function walk(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += op_hypot(i, 2 * i);
  return sum;
}
const before = Toy.core.metrics().opsDispatched;
let sum = 0;
for (let k = 0; k < 200; k++) sum = walk(10000);
const m = Toy.core.metrics();
const h = m.ops.op_hypot;
print("sum " + sum.toFixed(2));
print("served fast: " + (h.fast > 0));
print("every call counted: " + (h.dispatched === 2000000 && h.slow + h.fast === 2000000 &&
  h.completed === 2000000 && m.opsDispatched - before === 2000001));
