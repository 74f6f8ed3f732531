// --trace-ops names the path of each call: "Slow  op_is_prime" before
// optimization, "Fast  op_is_prime" after it.
// needs: fastcalls trace-ops
// flags: --trace-ops --v8-flags=--allow-natives-syntax
// expect-stderr: op_is_prime
// expect-stderr: : Dispatched Slow
// expect-stderr: op_is_prime
// expect-stderr: : Completed Slow
// expect-stderr: op_is_prime
// expect-stderr: : Dispatched Fast
// expect-stderr: op_is_prime
// expect-stderr: : Completed Fast
// expect: true
// expect: false
const { op_is_prime } = Toy.core.ops;
function check(n) {
  return op_is_prime(n);
}
%PrepareFunctionForOptimization(check);
const first = check(13);
%OptimizeFunctionOnNextCall(check);
const second = check(15);
print(first);
print(second);
