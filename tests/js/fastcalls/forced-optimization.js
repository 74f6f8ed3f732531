// With V8's natives syntax the test decides when the optimizing compiler
// runs, so the counts are exact: the calls made before optimization go
// through the slow path, every call after it through the fast entry.
// needs: fastcalls
// flags: --v8-flags=--allow-natives-syntax
// expect: before: 3 slow 3 fast 0
// expect: after: -2147483648 slow 3 fast 1000
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
