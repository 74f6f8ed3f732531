// console.log and console.error reach the debugger as
// Runtime.consoleAPICalled, their arguments as remote objects (text that
// is not ASCII intact both ways), and still print as they do without one.
// needs: debugger
// perms: -A
// expect: log: string héllo ☃ 😀 | number 42 | object Object
// expect: error: string to stderr
// expect: child: héllo ☃ 😀 42 { a: 1 }
// expect: child stderr: to stderr
// expect: child stderr: Program finished. Waiting for inspector to disconnect to exit the process...
// expect: child exit code: 0
import { CdpClient, finish, launch } from "./_harness.js";

const run = await launch("--inspect-wait", "console.js");
const cdp = await CdpClient.connect(run.url);
await cdp.send("Runtime.enable");
await cdp.send("Runtime.runIfWaitingForDebugger");
for (let i = 0; i < 2; i++) {
  const call = await cdp.next("Runtime.consoleAPICalled");
  const args = call.args.map((a) => `${a.type} ${a.value ?? a.className}`);
  print(`${call.type}: ${args.join(" | ")}`);
}
await cdp.next("Runtime.executionContextDestroyed");
await cdp.close();
await finish(run, { stderrLines: true });
