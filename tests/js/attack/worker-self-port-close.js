// Toy.core.portClose and portRef are for MessagePorts: a worker that
// hands them the id of its own channel to the parent (Toy.core.workerSelf)
// is ignored. Closing it released the channel under the worker's feet:
// the parent waited for the worker's end forever.
// needs: workers
// perms: --allow-read=${DIR}/fixtures/workers
// expect: still attached
const w = new Worker(new URL("./fixtures/workers/self-port-close.js", import.meta.url), { type: "module" });
w.onmessage = (e) => print(e.data);
