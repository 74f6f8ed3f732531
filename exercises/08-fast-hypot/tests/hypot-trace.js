// --trace-ops names the path of each call: the call before optimization
// is "Slow  op_hypot", the call after it "Fast  op_hypot".
// needs: fastcalls trace-ops
// flags: --trace-ops --v8-flags=--allow-natives-syntax
// expect-stderr: op_hypot
// expect-stderr: : Dispatched Slow
// expect-stderr: op_hypot
// expect-stderr: : Completed Slow
// expect-stderr: op_hypot
// expect-stderr: : Dispatched Fast
// expect-stderr: op_hypot
// expect-stderr: : Completed Fast
// expect: 5
// expect: 13
const { op_hypot } = Toy.core.ops;
function length(a, b) {
  return op_hypot(a, b);
}
%PrepareFunctionForOptimization(length);
const first = length(3, 4);
%OptimizeFunctionOnNextCall(length);
const second = length(5, 12);
print(first);
print(second);
