// Under --inspect-wait, the debugger's Runtime.runIfWaitingForDebugger
// starts the program; that debugger has said it already, so
// waitForDebugger() returns at once.
// needs: debugger
// perms: -A
// expect: console: waiting
// expect: console: running
// expect: ended
// expect: child: waiting
// expect: child: running
// expect: child exit code: 0
import { Cdp, finish, launch } from "./_debugger.js";

const run = await launch("--inspect-wait", "wait.js");
const cdp = await Cdp.connect(run.url);
await cdp.send("Runtime.enable");
await cdp.send("Runtime.runIfWaitingForDebugger");
// The program's end, whatever it printed before it.
await cdp.event("Runtime.executionContextDestroyed");
for (const call of cdp.takeAll("Runtime.consoleAPICalled")) print(`console: ${call.args[0].value}`);
print("ended");
cdp.close();
await finish(run);
