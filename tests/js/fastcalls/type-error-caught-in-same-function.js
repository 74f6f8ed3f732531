// Unlike a fallback (checked-fallback-same-function.js), a deoptimization
// hands the rest of the call to the interpreter: the slow path's
// TypeError for a string argument is caught by a try/catch in the very
// function that was optimized.
// needs: fastcalls
// flags: --v8-flags=--allow-natives-syntax
// expect: errors 0
// expect: errors 0 fast 3
// expect: errors 3 last TypeError: op_add: argument 1 must be a number, got string
const { op_add } = Toy.core.ops;
let last = "";
function loop(x) {
  let errors = 0;
  for (let i = 0; i < 3; i++) {
    try {
      op_add(x, 1);
    } catch (e) {
      errors++;
      last = String(e);
    }
  }
  return errors;
}
%PrepareFunctionForOptimization(loop);
print("errors", loop(1));
%OptimizeFunctionOnNextCall(loop);
print("errors", loop(2), "fast", Toy.core.metrics().ops.op_add.fast);
print("errors", loop("1"), "last", last);
