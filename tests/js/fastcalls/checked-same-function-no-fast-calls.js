// The loop of checked-fallback-same-function.js, with --no-fast-calls:
// optimized code that calls the slow path directly sees its exception as
// any other, and the try/catch in the same function catches every one.
// needs: fastcalls
// flags: --no-fast-calls --v8-flags=--allow-natives-syntax
// expect: caught 2
// expect: caught 3
// expect: failed 5
const { op_add_checked } = Toy.core.ops;
function loop(n) {
  let caught = 0;
  for (let i = 0; i < n; i++) {
    try {
      op_add_checked(2147483647, 1);
    } catch {
      caught++;
    }
  }
  return caught;
}
%PrepareFunctionForOptimization(loop);
print("caught", loop(2));
%OptimizeFunctionOnNextCall(loop);
print("caught", loop(3));
print("failed", Toy.core.metrics().ops.op_add_checked.failed);
