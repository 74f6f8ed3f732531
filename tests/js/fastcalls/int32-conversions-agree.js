// The fast entry gets its int32 arguments from V8, the slow path from its
// own conversion; both must be JavaScript's ToInt32, or a program's
// results would change when V8 optimizes it. Wrapping at 2^31 and 2^32,
// fractions cut toward zero, NaN and the infinities as 0: the same
// answers as the slow path gives (tests/js/ops/i32-wraps.js and
// fractions-truncate.js), and served fast.
// needs: fastcalls
// flags: --v8-flags=--allow-natives-syntax
// expect: -2147483648 2147483647 -2147483648 5 -1
// expect: 2 -2 0 1 0 0
// expect: 1661992960 0
// expect: served fast: true
const { op_add } = Toy.core.ops;
function add(a, b) {
  return op_add(a, b);
}
%PrepareFunctionForOptimization(add);
add(1, 1);
%OptimizeFunctionOnNextCall(add);
add(1, 1);
const fast = Toy.core.metrics().ops.op_add.fast;
print(add(2 ** 31 - 1, 1), add(-(2 ** 31), -1), add(2 ** 31, 0), add(2 ** 32 + 5, 0),
  add(2 ** 32 - 1, 0));
print(add(2.9, 0), add(-2.9, 0), add(0.5, 0.5), add(2.9, -1.9), add(NaN, 0), add(Infinity, 0));
print(add(1e20, 0), add(-Infinity, -0));
print("served fast: " + (Toy.core.metrics().ops.op_add.fast > fast));
