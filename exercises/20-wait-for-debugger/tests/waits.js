// Under --inspect the program runs at once, and waitForDebugger() blocks
// it until a debugger says Runtime.runIfWaitingForDebugger. Meanwhile the
// debugger is answered: its evaluation sees the program stopped inside
// the wait (stage is still "waiting"), and only its
// runIfWaitingForDebugger lets the program go on.
// needs: debugger
// perms: -A
// expect: console: waiting
// expect: stage: waiting
// expect: console: running
// expect: ended
// expect: child: waiting
// expect: child: running
// expect: child exit code: 0
import { Cdp, finish, launch } from "./_debugger.js";

const run = await launch("--inspect", "wait.js");
const cdp = await Cdp.connect(run.url);
await cdp.send("Runtime.enable");
// Whether the program logged it before this debugger came (V8 keeps the
// message for it) or after, it comes.
const first = await cdp.event("Runtime.consoleAPICalled");
print(`console: ${first.args[0].value}`);
print(`stage: ${await cdp.evaluate("stage")}`);
await cdp.send("Runtime.runIfWaitingForDebugger");
const second = await cdp.event("Runtime.consoleAPICalled");
print(`console: ${second.args[0].value}`);
await cdp.event("Runtime.executionContextDestroyed");
print("ended");
cdp.close();
await finish(run);
