// Several debuggers may be connected at once, as in Node and Deno: each
// has a session of its own and hears what the program logs.
// needs: debugger
// perms: -A
// expect: a: log héllo ☃ 😀
// expect: b: log héllo ☃ 😀
// expect: child: héllo ☃ 😀 42 { a: 1 }
// expect: child exit code: 0
import { Cdp, finish, launch } from "./_harness.js";

const run = await launch("--inspect-wait", "console.js");
const a = await Cdp.connect(run.url);
const b = await Cdp.connect(run.url);
await a.send("Runtime.enable");
await b.send("Runtime.enable");
await a.send("Runtime.runIfWaitingForDebugger");
for (const [name, cdp] of [["a", a], ["b", b]]) {
  const call = await cdp.event("Runtime.consoleAPICalled");
  print(`${name}: ${call.type} ${call.args[0].value}`);
}
await a.event("Runtime.executionContextDestroyed");
a.close();
await b.event("Runtime.executionContextDestroyed");
b.close();
await finish(run);
