// --trace-ops shows which path served each call: the call before
// optimization is "Slow", the one after it "Fast". A fast call completes
// as it is dispatched, so its two lines come together.
// needs: fastcalls trace-ops
// flags: --trace-ops --v8-flags=--allow-natives-syntax
// expect-stderr: op_add
// expect-stderr: : Dispatched Slow
// expect-stderr: op_add
// expect-stderr: : Completed Slow
// expect-stderr: op_add
// expect-stderr: : Dispatched Fast
// expect-stderr: op_add
// expect-stderr: : Completed Fast
// expect-stderr: op_print
// expect-stderr: : Dispatched Slow
// expect-stderr: op_print
// expect-stderr: : Completed Slow
// expect: 7
const { op_add } = Toy.core.ops;
function add(a, b) {
  return op_add(a, b);
}
%PrepareFunctionForOptimization(add);
add(1, 2);
%OptimizeFunctionOnNextCall(add);
print(add(3, 4));
