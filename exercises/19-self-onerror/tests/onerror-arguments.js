// self.onerror is called as the web calls a global's onerror: with the
// message, filename, line, column and error, not with the event; when it
// returns true, the error is handled. An error thrown by a timer's
// callback goes there too, and the next timer still runs.
// needs: workers
// perms: --allow-read=${DIR}/fixtures
// expect: Uncaught RangeError: from a timer | onerror.js:7:9 | from a timer
// expect: after
const w = new Worker(new URL("./fixtures/onerror.js", import.meta.url), { type: "module" });
w.onerror = (e) => {
  print(`the parent saw ${e.message}`);
  e.preventDefault();
  w.terminate();
};
w.onmessage = (e) => {
  print(e.data);
  if (e.data === "after") w.terminate();
};
