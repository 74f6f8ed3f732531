// An async function that throws rejects its promise; unhandled, that is
// reported. After an await, the stack holds only the async function.
// needs: rejections
// expect-error: Uncaught (in promise) Error: async boom
// expect-stderr-line:     at load (${URL}:8:9)
async function load() {
  await null;
  throw new Error("async boom");
}
load();
