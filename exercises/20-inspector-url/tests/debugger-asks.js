// Under --inspect-brk, before the program's first line runs, a debugger
// evaluates Toy.inspector.url() in it: the answer is the URL that
// debugger connected to. Then it lets the program run, and the program
// prints the same URL.
// needs: debugger
// perms: -A
// expect: evaluated: <url>
// expect: child: <url>
// expect: child exit code: 0
import { Cdp, finish, launch } from "./_debugger.js";

const run = await launch("--inspect-brk", "url.js");
const cdp = await Cdp.connect(run.url);
await cdp.send("Runtime.enable");
const value = await cdp.evaluate("Toy.inspector.url()");
print(`evaluated: ${value === run.url ? "<url>" : value}`);
await cdp.send("Runtime.runIfWaitingForDebugger");
await cdp.event("Runtime.executionContextDestroyed");
cdp.close();
await finish(run);
