// V8 10.2's behaviour, pinned so that the book is updated when it changes:
// when a fast entry falls back and the slow path then throws, a try/catch
// in the SAME optimized function does not catch the exception. It leaves
// the function as if there were no handler, and here ends the script.
// Before optimization the same loop catches every RangeError; the catch
// works in a caller that is not optimized (checked-fallback-throws.js)
// and with --no-fast-calls (checked-same-function-no-fast-calls.js).
// A V8 that fixes this prints "caught 3" and this test fails.
// needs: fastcalls
// flags: --v8-flags=--allow-natives-syntax
// expect: caught 2
// expect-error: Uncaught RangeError: op_add_checked: 2147483647 + 1 overflows int32
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
