// terminate() stops a worker even inside an endless loop, and the
// program then ends: nothing waits for the stopped worker.
// needs: workers
// perms: --allow-read=${DIR}
// expect: spinning
// expect: terminated
const w = new Worker(new URL("./fixtures/busy.js", import.meta.url), { type: "module" });
w.onmessage = (e) => {
  print(e.data);
  w.terminate();
  print("terminated");
};
