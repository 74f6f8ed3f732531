// The argument is a u32, converted as JavaScript's n >>> 0: -1 is
// 4294967295, -5 is 4294967291, 2^32 + 7 is 7, 7.9 is 7, NaN is 0. V8
// converts for the fast entry, the bridge for the slow path; a program
// must not see a difference, so both give the same answers.
// needs: fastcalls
// flags: --v8-flags=--allow-natives-syntax
// expect: slow: false true true true false false
// expect: fast: false true true true false false
// expect: fast calls: 6
const { op_is_prime } = Toy.core.ops;
const inputs = [-1, -5, 2 ** 32 + 7, 7.9, NaN, -0];
function check(n) {
  return op_is_prime(n);
}
%PrepareFunctionForOptimization(check);
print("slow: " + inputs.map((n) => check(n)).join(" "));
%OptimizeFunctionOnNextCall(check);
print("fast: " + inputs.map((n) => check(n)).join(" "));
print("fast calls: " + Toy.core.metrics().ops.op_is_prime.fast);
