// A worker whose module imports a file that is not there fails as one
// whose own file is missing does: reported as the worker's, and the
// parent's error event says what and where. It printed a bare
// "error: Module not found" and the event's message was empty.
// needs: workers
// perms: --allow-read=${DIR}/fixtures/workers
// expect: Uncaught Module not found at fixtures/workers/not-there.js
// expect-stderr: error: Uncaught (in worker "") Module not found "
// expect-stderr: fixtures/workers/not-there.js".
const w = new Worker(new URL("./fixtures/workers/missing-import.js", import.meta.url), { type: "module" });
w.onerror = (e) => {
  print(e.message.replace(/"file:\/\/.*\/attack\/(.*)"\.$/, "at $1"));
  e.preventDefault();
};
