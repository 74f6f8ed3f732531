// With --no-fast-calls the optimized code calls op_is_prime through the
// slow path: the same answers, and a fast count of 0.
// needs: fastcalls
// flags: --no-fast-calls --v8-flags=--allow-natives-syntax
// expect: true false
// expect: true false
// expect: slow 4 fast 0
const { op_is_prime } = Toy.core.ops;
function pair(a, b) {
  return op_is_prime(a) + " " + op_is_prime(b);
}
%PrepareFunctionForOptimization(pair);
print(pair(7919, 7917));
%OptimizeFunctionOnNextCall(pair);
print(pair(4294967291, 4294967295));
const m = Toy.core.metrics().ops.op_is_prime;
print("slow " + m.slow + " fast " + m.fast);
