// The argument must be a number, before optimization and after: a
// string or a missing argument makes optimized code go back to the slow
// path, whose check throws the usual TypeError.
// needs: fastcalls
// flags: --v8-flags=--allow-natives-syntax
// expect: TypeError: op_is_prime: argument 1 must be a number, got string
// expect: true
// expect: TypeError: op_is_prime: argument 1 must be a number, got string
// expect: TypeError: op_is_prime: argument 1 must be a number, got undefined
// expect: false
const { op_is_prime } = Toy.core.ops;
function check(n) {
  return op_is_prime(n);
}
function attempt(...args) {
  try {
    print(check(...args));
  } catch (e) {
    print(String(e));
  }
}
%NeverOptimizeFunction(attempt);
%PrepareFunctionForOptimization(check);
attempt("7");
attempt(7);
%OptimizeFunctionOnNextCall(check);
attempt("7");
attempt();
attempt(8);
