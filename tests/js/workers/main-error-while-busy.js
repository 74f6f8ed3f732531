// An uncaught error in the main program ends it as usual, with a worker
// still spinning: the worker is stopped, not waited for.
// needs: workers
// perms: --allow-read=${DIR}
// expect-error: Uncaught Error: main fails
const w = new Worker(new URL("./fixtures/busy.js", import.meta.url), { type: "module" });
w.onmessage = () => {
  throw new Error("main fails");
};
