// Several debuggers may be connected at once, as in Node and Deno: each
// has a session of its own and hears what the program logs.
// needs: debugger
// perms: -A
// expect: a: log héllo ☃ 😀
// expect: b: log héllo ☃ 😀
// expect: child: héllo ☃ 😀 42 { a: 1 }
// expect: child exit code: 0
import { CdpClient, finish, launch } from "./_harness.js";

const run = await launch("--inspect-wait", "console.js");
const a = await CdpClient.connect(run.url);
const b = await CdpClient.connect(run.url);
await a.send("Runtime.enable");
await b.send("Runtime.enable");
await a.send("Runtime.runIfWaitingForDebugger");
for (const [name, cdp] of [["a", a], ["b", b]]) {
  const call = await cdp.next("Runtime.consoleAPICalled");
  print(`${name}: ${call.type} ${call.args[0].value}`);
}
await a.next("Runtime.executionContextDestroyed");
await a.close();
await b.next("Runtime.executionContextDestroyed");
await b.close();
await finish(run);
