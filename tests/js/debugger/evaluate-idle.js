// While the program waits in its event loop, a debugger's evaluation is
// answered, one that awaits too (as a console's does: REPL mode with
// awaitPromise); the microtasks an evaluation queues run before the
// next; and clearing the program's last timer lets it end.
// needs: debugger
// perms: -A
// expect: 6 * 7 = 42
// expect: await = 42
// expect: later = 1
// expect: child: idle
// expect: child exit code: 0
import { CdpClient, nextWhere, finish, launch } from "./_harness.js";

const run = await launch("--inspect", "idle.js");
const cdp = await CdpClient.connect(run.url);
await cdp.send("Runtime.enable");
// idle.js may have logged before the session began: then its message
// comes with Runtime.enable, as V8 keeps the console's messages.
await nextWhere(cdp, "Runtime.consoleAPICalled", (c) => c.args[0]?.value === "idle");
let { result } = await cdp.send("Runtime.evaluate", { expression: "6 * 7" });
print(`6 * 7 = ${result.value}`);
({ result } = await cdp.send("Runtime.evaluate", {
  expression: "await Promise.resolve(42)",
  replMode: true,
  awaitPromise: true,
}));
print(`await = ${result.value}`);
// A then() queued by one evaluation has run by the next.
await cdp.send("Runtime.evaluate", { expression: "Promise.resolve().then(() => { globalThis.later = 1; }), 0" });
({ result } = await cdp.send("Runtime.evaluate", { expression: "globalThis.later" }));
print(`later = ${result.value}`);
await cdp.send("Runtime.evaluate", { expression: "clearTimeout(timer)" });
await cdp.next("Runtime.executionContextDestroyed");
await cdp.close();
await finish(run);
