// A debugger that disconnects while the program is paused inside an
// evaluation of its own (Runtime.evaluate reached a debugger; statement)
// lets the program go on: the session V8 is still dispatching that
// message for is let go of only once it returns, never under its feet.
// needs: debugger
// perms: -A
// expect: paused
// expect: child: idle
// expect: child exit code: 0
import { CdpClient, finish, launch, nextWhere } from "./_harness.js";

const run = await launch("--inspect", "idle.js");
const cdp = await CdpClient.connect(run.url);
await cdp.send("Runtime.enable");
await cdp.send("Debugger.enable");
await nextWhere(cdp, "Runtime.consoleAPICalled", (c) => c.args[0]?.value === "idle");
cdp.send("Runtime.evaluate", { expression: "debugger; clearTimeout(timer)" }).catch(() => {});
await cdp.next("Debugger.paused");
print("paused");
await cdp.close();
await finish(run, { stderrLines: true });
