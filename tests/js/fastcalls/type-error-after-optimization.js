// Optimized code calls the fast entry only with arguments it can convert
// to the C types: a string for an int32 makes V8 leave the optimized code
// (deoptimize) and call the op through the slow path, whose check throws
// the usual TypeError. The failed call is not a fast one; numbers after
// it still get the right sums.
// needs: fastcalls
// flags: --v8-flags=--allow-natives-syntax
// expect: 7 fast 1
// expect: TypeError: op_add: argument 1 must be a number, got string
// expect: fast 1
// expect: 11
const { op_add } = Toy.core.ops;
function add(a, b) {
  return op_add(a, b);
}
%PrepareFunctionForOptimization(add);
add(1, 1);
%OptimizeFunctionOnNextCall(add);
print(add(3, 4), "fast", Toy.core.metrics().ops.op_add.fast);
try {
  print("no error:", add("1", 2));
} catch (e) {
  print(String(e));
}
print("fast", Toy.core.metrics().ops.op_add.fast);
print(add(5, 6));
