// A rejected promise nobody handles is reported at the end of the turn,
// with its stack, and the exit code is 1.
// needs: rejections
// expect: script
// expect-error: Uncaught (in promise) Error: nope
// expect-stderr-line:     at ${URL}:8:16
print("script");
Promise.reject(new Error("nope"));
