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
