// HeapProfiler.takeHeapSnapshot streams the snapshot to the debugger in
// HeapProfiler.addHeapSnapshotChunk messages before its answer; joined,
// they are one JSON document that describes the heap.
// needs: debugger
// perms: -A
// expect: chunks: true
// expect: nodes: true fields: true
// expect: child: hello 5
// expect: child exit code: 0
import { CdpClient, finish, launch } from "./_harness.js";

const run = await launch("--inspect-brk", "main.js");
const cdp = await CdpClient.connect(run.url);
await cdp.send("Debugger.enable");
await cdp.send("HeapProfiler.enable");
await cdp.send("Runtime.runIfWaitingForDebugger");
await cdp.next("Debugger.paused");
await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
const chunks = cdp.drain()
  .filter((e) => e.method === "HeapProfiler.addHeapSnapshotChunk")
  .map((e) => e.params.chunk);
print(`chunks: ${chunks.length > 0}`);
const heap = JSON.parse(chunks.join(""));
print(`nodes: ${heap.snapshot.node_count > 1000}`,
      `fields: ${heap.snapshot.meta.node_fields.includes("name")}`);
await cdp.send("Debugger.resume");
await cdp.close();
await finish(run);
