// Only a debugger's Runtime.runIfWaitingForDebugger ends the wait: one
// that connects, looks (the program is still waiting) and goes without
// saying it leaves the program waiting, and the next one that says it
// lets the program run.
// needs: debugger
// perms: -A
// expect: first: waiting
// expect: second: waiting
// expect: console: running
// expect: child: waiting
// expect: child: running
// expect: child exit code: 0
import { Cdp, finish, launch } from "./_debugger.js";

const run = await launch("--inspect", "wait.js");
const first = await Cdp.connect(run.url);
await first.send("Runtime.enable");
await first.event("Runtime.consoleAPICalled");
print(`first: ${await first.evaluate("stage")}`);
first.close();

const second = await Cdp.connect(run.url);
await second.send("Runtime.enable");
print(`second: ${await second.evaluate("stage")}`);
await second.send("Runtime.runIfWaitingForDebugger");
await second.event("Runtime.executionContextDestroyed");
for (const call of second.takeAll("Runtime.consoleAPICalled")) {
  if (call.args[0].value !== "waiting") print(`console: ${call.args[0].value}`);
}
second.close();
await finish(run);
