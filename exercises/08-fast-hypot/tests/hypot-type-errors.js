// Both arguments must be numbers, before optimization and after: a
// string sends optimized code back to the slow path, whose check throws
// the usual TypeError, naming the op and the argument.
// needs: fastcalls
// flags: --v8-flags=--allow-natives-syntax
// expect: TypeError: op_hypot: argument 2 must be a number, got string
// expect: 5
// expect: TypeError: op_hypot: argument 1 must be a number, got string
// expect: TypeError: op_hypot: argument 2 must be a number, got undefined
// expect: 13
const { op_hypot } = Toy.core.ops;
function length(a, b) {
  return op_hypot(a, b);
}
function attempt(a, b) {
  try {
    print(length(a, b));
  } catch (e) {
    print(String(e));
  }
}
%NeverOptimizeFunction(attempt);
%PrepareFunctionForOptimization(length);
attempt(3, "4");
attempt(3, 4);
%OptimizeFunctionOnNextCall(length);
attempt("3", 4);
attempt(3);
attempt(5, 12);
