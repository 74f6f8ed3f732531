// A worker can start a worker of its own, resolved against its own URL.
// needs: workers
// perms: --allow-read=${DIR}
// expect: outer got {"echo":"hi","name":"inner"}
const w = new Worker(new URL("./fixtures/nested-outer.js", import.meta.url), { type: "module" });
w.onmessage = (e) => print(e.data);
