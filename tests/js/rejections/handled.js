// A rejection that is handled is not reported; the exit code stays 0.
// needs: rejections
// expect: caught one
// expect: caught two
// expect: caught three
Promise.reject(new Error("one")).catch((e) => print("caught", e.message));
Promise.reject(new Error("two")).then(null, (e) => print("caught", e.message));
(async () => {
  try {
    await Promise.reject(new Error("three"));
  } catch (e) {
    print("caught", e.message);
  }
})();
