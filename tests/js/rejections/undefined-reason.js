// Even a rejection with no reason is reported.
// needs: rejections
// expect-error: Uncaught (in promise) undefined
Promise.reject();
