// An error thrown by an error listener is not given to the listeners
// again (that could go on forever): it is reported, and ends the worker,
// and the parent hears of it. The first error, which the listener did
// cancel, is not reported.
// needs: workers
// perms: --allow-read=${DIR}/fixtures
// expect: call 1: Uncaught Error: boom
// expect: the parent saw Uncaught Error: listener broke
// expect-stderr-line: error: Uncaught (in worker "r") Error: listener broke
const w = new Worker(new URL("./fixtures/rethrow.js", import.meta.url), { type: "module", name: "r" });
w.onmessage = (e) => {
  print(e.data);
  if (e.data.startsWith("call 2")) w.terminate();
};
w.onerror = (e) => {
  print(`the parent saw ${e.message}`);
  e.preventDefault();
};
