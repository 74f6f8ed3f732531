// The fast entries are attached when the op functions are made, whether
// the runtime starts from its startup snapshot or, with --no-snapshot,
// builds its JS from source: either way optimized code calls them.
// needs: fastcalls
// flags: --no-snapshot --v8-flags=--allow-natives-syntax
// expect: -2147483648 fast 1000
// expect: 7 fast 1001
const { op_add, op_add_checked } = Toy.core.ops;
function loop(start, n) {
  let s = start;
  for (let i = 0; i < n; i++) s = op_add(s, 1);
  return s;
}
function add(a, b) {
  return op_add_checked(a, b);
}
%PrepareFunctionForOptimization(loop);
loop(0, 1);
%OptimizeFunctionOnNextCall(loop);
print(loop(2147483647 - 999, 1000), "fast", Toy.core.metrics().ops.op_add.fast);
%PrepareFunctionForOptimization(add);
add(1, 1);
%OptimizeFunctionOnNextCall(add);
const sum = add(3, 4);
const m = Toy.core.metrics().ops;
print(sum, "fast", m.op_add.fast + m.op_add_checked.fast);
