// Awaiting a rejected promise inside try/catch handles it, even when the
// await comes a microtask later.
// needs: rejections
// expect: recovered from nope
const p = Promise.reject(new Error("nope"));
(async () => {
  await null;
  try {
    await p;
  } catch (e) {
    print("recovered from", e.message);
  }
})();
