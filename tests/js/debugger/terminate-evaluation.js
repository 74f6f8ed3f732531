// A debugger's own evaluation that never ends (`while (true) {}` typed
// at its console) is stopped by Runtime.terminateExecution, which comes
// while it runs; the program goes on. (It could not be: messages that
// came during one of the debugger's own evaluations waited for it to end,
// terminateExecution among them, and the process spun for ever.)
// needs: debugger
// perms: -A
// expect: terminated: Execution was terminated
// expect: then: 2
// expect: child: idle
// expect: child exit code: 0
import { CdpClient, nextWhere, finish, launch } from "./_harness.js";

const run = await launch("--inspect", "idle.js");
const cdp = await CdpClient.connect(run.url);
await cdp.send("Runtime.enable");
await nextWhere(cdp, "Runtime.consoleAPICalled", (c) => c.args[0]?.value === "idle");
const endless = cdp.send("Runtime.evaluate", { expression: "while (true) {}" });
await cdp.send("Runtime.terminateExecution");
const said = await endless.then((r) => r.result?.description ?? JSON.stringify(r), (e) => e.message);
print(`terminated: ${said.replace(/^Runtime\.evaluate: | \(-?\d+\)$/g, "")}`);
const { result } = await cdp.send("Runtime.evaluate", { expression: "1 + 1" });
print(`then: ${result.value}`);
await cdp.send("Runtime.evaluate", { expression: "clearTimeout(globalThis.timer)" });
await cdp.close();
await finish(run);
