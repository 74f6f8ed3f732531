// A JSON result arrives as a parsed value: op_metrics gives a fresh plain
// object each call, with numbers for numbers, not a string.
// needs: ops metrics
// expect: object true false number
const { op_metrics } = Toy.core.ops;
const a = op_metrics();
const b = op_metrics();
print(typeof a, Object.getPrototypeOf(a) === Object.prototype, a === b,
      typeof a.opsDispatched);
