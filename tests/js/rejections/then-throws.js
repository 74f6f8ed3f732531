// A then-callback that throws rejects the promise then() returned.
// needs: rejections
// expect: in then
// expect-error: Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'y')
Promise.resolve().then(() => {
  print("in then");
  const x = undefined;
  return x.y;
});
