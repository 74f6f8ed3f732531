// HeapProfiler.collectGarbage is answered: V8's inspector does the
// collection as a task it posts to the isolate's queue and answers when
// that task has run, so the answer comes only from a runtime whose loop
// runs V8's tasks (platform.cc). Before, the debugger waited forever.
// needs: debugger
// perms: -A
// expect: collected: {}
// expect: child: idle
// expect: child exit code: 0
import { CdpClient, nextWhere, finish, launch } from "./_harness.js";

const run = await launch("--inspect", "idle.js");
const cdp = await CdpClient.connect(run.url);
await cdp.send("Runtime.enable");
await nextWhere(cdp, "Runtime.consoleAPICalled", (c) => c.args[0]?.value === "idle");
const answer = await cdp.send("HeapProfiler.collectGarbage");
print(`collected: ${JSON.stringify(answer)}`);
await cdp.send("Runtime.evaluate", { expression: "clearTimeout(timer)" });
await cdp.next("Runtime.executionContextDestroyed");
await cdp.close();
await finish(run);
