// A catch handler that throws again leaves a new unhandled rejection.
// needs: rejections
// expect: first handler
// expect-error: Uncaught (in promise) Error: second
Promise.reject(new Error("first")).catch((e) => {
  print("first handler");
  throw new Error("second");
});
