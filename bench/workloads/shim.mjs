// shim.mjs: the little each runtime spells differently. Every workload
// imports it, so the workloads themselves are the same text on toyjs,
// Node, Deno and Bun.
//
// A workload reports with result(value, unit, note): one line
//   RESULT <value> <unit> [note]
// on stdout, which bench/run.sh picks up. value "n/a" means "this
// runtime has nothing to measure here".

export const runtime =
  globalThis.Toy ? "toyjs" :
  globalThis.Deno ? "deno" :
  globalThis.Bun ? "bun" :
  typeof process === "object" ? "node" : "unknown";

// The best clock the runtime offers: performance.now(), or Date.now()
// (whole milliseconds) on a toyjs built before chapter 09. Workloads that
// time themselves run long enough (hundreds of ms) for whole milliseconds
// to be a small error.
const hasPerf = typeof performance === "object" && typeof performance.now === "function";
export const now = hasPerf ? () => performance.now() : () => Date.now();
export const clock = hasPerf ? "performance.now" : "Date.now";

export function out(line) {
  if (runtime === "toyjs") print(line);
  else console.log(line);
}

export function result(value, unit, note) {
  out(`RESULT ${value} ${unit}${note ? " " + note : ""}`);
}

// The whole file as bytes, by each runtime's own async API.
export async function readFile(path) {
  switch (runtime) {
    case "toyjs": return Toy.readFile(path);
    case "deno": return Deno.readFile(path);
    case "bun": return new Uint8Array(await Bun.file(path).arrayBuffer());
    default: {
      const fs = await import("node:fs/promises");
      return fs.readFile(path);
    }
  }
}

// This file's repository root, from the workload's own URL
// (file:///.../bench/workloads/x.mjs), so workloads find build/bench/
// without arguments: toyjs has no Toy.args yet.
export function repoRoot(metaUrl) {
  const path = decodeURIComponent(metaUrl.replace(/^file:\/\//, ""));
  return path.replace(/\/bench\/workloads\/[^/]*$/, "");
}

// Workers: a module on a thread of its own, and messages both ways.
// toyjs, Deno and Bun have the web's Worker (a module worker, as Deno
// requires); Node has worker_threads, whose Worker takes the file URL and
// whose messages arrive as the data itself, not as an event. Both sides
// get { post(message), onMessage(fn) }. onMessage replaces the handler
// before it; while there is none (null), messages wait in a queue, since
// one may arrive before the other side has said what to do with it
// (Deno, for one, may deliver a worker's first message between the
// `await`s of the code that started the worker).
function inbox() {
  let handler = null;
  const queue = [];
  return {
    deliver(m) {
      if (handler) handler(m);
      else queue.push(m);
    },
    onMessage(fn) {
      handler = fn;
      while (handler === fn && fn !== null && queue.length > 0) fn(queue.shift());
    },
  };
}

export async function startWorker(url) {
  const box = inbox();
  if (runtime === "node") {
    const { Worker } = await import("node:worker_threads");
    const w = new Worker(url);
    w.on("message", box.deliver);
    w.on("error", (e) => { throw e; });
    return { post: (m) => w.postMessage(m), onMessage: box.onMessage, terminate: () => w.terminate() };
  }
  const w = new Worker(url.href, { type: "module" });
  w.onmessage = (e) => box.deliver(e.data);
  w.onerror = (e) => { throw new Error(`worker: ${e.message}`); };
  return { post: (m) => w.postMessage(m), onMessage: box.onMessage, terminate: () => w.terminate() };
}

// Inside a worker: the parent, as startWorker gives it to the other side.
export async function parent() {
  const box = inbox();
  if (runtime === "node") {
    const { parentPort } = await import("node:worker_threads");
    parentPort.on("message", box.deliver);
    return { post: (m) => parentPort.postMessage(m), onMessage: box.onMessage };
  }
  self.onmessage = (e) => box.deliver(e.data);
  return { post: (m) => self.postMessage(m), onMessage: box.onMessage };
}

// The next message from w (or from the parent), as a promise; the ones
// after it wait for the next handler.
export function next(w) {
  return new Promise((resolve) => w.onMessage((m) => {
    w.onMessage(null);
    resolve(m);
  }));
}

// How many cores the runtime sees: navigator.hardwareConcurrency, or
// Node's os.availableParallelism().
export async function cores() {
  if (typeof navigator === "object" && navigator.hardwareConcurrency > 0) return navigator.hardwareConcurrency;
  const os = await import("node:os");
  return os.availableParallelism?.() ?? os.cpus().length;
}
