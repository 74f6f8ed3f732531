// --no-fast-calls turns fast entries off: optimized code calls op_hypot
// through the slow path, with the same answers, and its fast count
// stays 0.
// needs: fastcalls
// flags: --no-fast-calls --v8-flags=--allow-natives-syntax
// expect: 5 1.4142135623730952e+300
// expect: 13 Infinity
// expect: slow 4 fast 0
const { op_hypot } = Toy.core.ops;
function pair(a, b, c, d) {
  return op_hypot(a, b) + " " + op_hypot(c, d);
}
%PrepareFunctionForOptimization(pair);
print(pair(3, 4, 1e300, 1e300));
%OptimizeFunctionOnNextCall(pair);
print(pair(-5, 12, Infinity, NaN));
const m = Toy.core.metrics().ops.op_hypot;
print("slow " + m.slow + " fast " + m.fast);
