// A rejection nobody handles in a worker ends it as an error, reported
// with the worker's name, and the parent's error event says so.
// needs: workers
// perms: --allow-read=${DIR}
// expect: Uncaught (in promise) Error: nope
// expect-stderr-line: error: Uncaught (in worker "r") (in promise) Error: nope
const w = new Worker(new URL("./fixtures/reject.js", import.meta.url), { type: "module", name: "r" });
w.addEventListener("error", (e) => {
  print(e.message);
  e.preventDefault();
});
