// The promise hooks are set on the isolate, not kept in the heap: after a
// start from the snapshot an unhandled rejection is still reported.
// needs: snapshots rejections
// expect-error: Uncaught (in promise) Error: nobody caught this
Promise.reject(new Error("nobody caught this"));
