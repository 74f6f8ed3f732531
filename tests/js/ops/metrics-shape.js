// Toy.core.metrics() is { ops: { op_NAME: { dispatched, completed, failed,
// slow, async } ... }, opsDispatched, opsCompleted, opsFailed, opsPending },
// every count a whole number, and one entry per op, in Toy.core.ops order.
// needs: ops metrics !fastcalls
// expect: ops opsDispatched opsCompleted opsFailed opsPending
// expect: dispatched completed failed slow async
// expect: same ops, same order
// expect: all counts are whole numbers
const m = Toy.core.metrics();
print(Object.keys(m).join(" "));
print(Object.keys(m.ops.op_print).join(" "));
print(Object.keys(m.ops).join() === Object.keys(Toy.core.ops).join()
  ? "same ops, same order" : "ops differ: " + Object.keys(m.ops).join(" "));
const counts = [m.opsDispatched, m.opsCompleted, m.opsFailed, m.opsPending];
for (const entry of Object.values(m.ops)) counts.push(...Object.values(entry));
print(counts.every((n) => Number.isInteger(n) && n >= 0)
  ? "all counts are whole numbers" : "bad counts: " + counts.join(" "));
