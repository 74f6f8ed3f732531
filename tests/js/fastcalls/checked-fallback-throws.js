// A fast entry cannot throw. When op_add_checked's overflows, it sets
// V8's fallback flag, and V8 calls the op again through the slow path,
// which throws the RangeError. A caller that is not itself optimized
// catches it as usual. The fallback is not a deoptimization: the next
// call is fast again. The overflowing call counts as slow and failed.
// needs: fastcalls
// flags: --v8-flags=--allow-natives-syntax
// expect: 7 slow 1 fast 1 failed 0
// expect: RangeError: op_add_checked: 2147483647 + 1 overflows int32
// expect: true slow 2 fast 1 failed 1
// expect: 11 slow 2 fast 2 failed 1
const { op_add_checked } = Toy.core.ops;
function add(a, b) {
  return op_add_checked(a, b);
}
function attempt(a, b) {
  let shown;
  try {
    shown = add(a, b);
  } catch (e) {
    print(String(e));
    shown = e instanceof RangeError;
  }
  const m = Toy.core.metrics().ops.op_add_checked;
  print(shown, "slow", m.slow, "fast", m.fast, "failed", m.failed);
}
%NeverOptimizeFunction(attempt);
%PrepareFunctionForOptimization(add);
add(1, 1);
%OptimizeFunctionOnNextCall(add);
attempt(3, 4);
attempt(2147483647, 1);
attempt(5, 6);
