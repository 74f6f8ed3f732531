// Listeners that do not cancel the event (onerror returning something
// other than true) leave the error as it was: the worker reports it,
// ends, and the parent gets its error event, after the messages the
// listeners sent.
// needs: workers
// perms: --allow-read=${DIR}/fixtures
// expect: onerror ran
// expect: listener ran
// expect: the parent saw Uncaught Error: not handled
// expect-stderr-line: error: Uncaught (in worker "w") Error: not handled
const w = new Worker(new URL("./fixtures/unhandled.js", import.meta.url), { type: "module", name: "w" });
w.onmessage = (e) => print(e.data);
w.onerror = (e) => {
  print(`the parent saw ${e.message}`);
  e.preventDefault();
};
