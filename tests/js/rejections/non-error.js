// A rejection with something that is not an Error prints it with String().
// needs: rejections
// expect-error: Uncaught (in promise) 42
Promise.reject(42);
