// The same forced optimization as forced-optimization.js, with
// --no-fast-calls: the optimized code calls the slow path, the results
// are the same, and op_add's fast count stays 0.
// needs: fastcalls
// flags: --no-fast-calls --v8-flags=--allow-natives-syntax
// expect: before: 3 slow 3 fast 0
// expect: after: -2147483648 slow 1003 fast 0
const { op_add } = Toy.core.ops;
function loop(start, n) {
  let s = start;
  for (let i = 0; i < n; i++) s = op_add(s, 1);
  return s;
}
function show(label, result) {
  const m = Toy.core.metrics().ops.op_add;
  print(label + ": " + result + " slow " + m.slow + " fast " + m.fast);
}
%PrepareFunctionForOptimization(loop);
show("before", loop(0, 3));
%OptimizeFunctionOnNextCall(loop);
show("after", loop(2147483647 - 999, 1000));
