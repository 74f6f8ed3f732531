// The event is an ErrorEvent, cancelable, whose message is what the
// parent's would say ("Uncaught " and the error), whose error is the
// very value thrown, and whose filename, lineno and colno are where it
// was made in the worker's module (line 11, column 19 of fields.js), not
// where the runtime threw it again.
// needs: workers
// perms: --allow-read=${DIR}/fixtures
// expect: true error true Uncaught TypeError: bad input fields.js 11 19 true
const w = new Worker(new URL("./fixtures/fields.js", import.meta.url), { type: "module" });
w.onmessage = (e) => {
  print(e.data);
  w.terminate();
};
w.postMessage("go");
