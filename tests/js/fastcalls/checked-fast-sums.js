// op_add_checked has a fast entry too, one that takes V8's callback
// options so it can fall back. While nothing overflows, it never does:
// the sums are right, up to the edges of int32, and every call after
// optimization is a fast one.
// needs: fastcalls
// flags: --v8-flags=--allow-natives-syntax
// expect: 7 -1 2147483647 -2147483648 0 -2147483647
// expect: slow 1 fast 6 failed 0
const { op_add_checked } = Toy.core.ops;
function add(a, b) {
  return op_add_checked(a, b);
}
%PrepareFunctionForOptimization(add);
add(1, 1);
%OptimizeFunctionOnNextCall(add);
print(add(3, 4), add(-3, 2), add(2147483646, 1), add(-2147483647, -1),
  add(2147483647, -2147483647), add(-2147483648, 1));
const m = Toy.core.metrics().ops.op_add_checked;
print("slow", m.slow, "fast", m.fast, "failed", m.failed);
