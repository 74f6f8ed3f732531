// --inspect-brk with --snapshot: toyjs waits for a debugger and then
// pauses on the first line of the snapshot's main function, as it pauses
// on the main module's first line without one (it used to wait and then
// run without pausing: the pause was asked for only before a module).
// needs: debugger snapshots
// perms: -A
// expect: paused: Break on start main line 4
// expect: child: in main
// expect: child exit code: 0
import { CdpClient, FIXTURES, finish } from "./_harness.js";
import { launch } from "../../fixtures/debugger/cdp.js";

const dir = await Toy.makeTempDir();
const snap = `${dir}/app.snap`;
const built = await new Toy.Command(Toy.execPath(), {
  args: ["--build-snapshot", "-o", snap, `${FIXTURES}/snapshot-app.js`],
  stdin: "null",
}).output();
if (built.code !== 0) throw new Error(`the snapshot was not built: ${built.code}`);

const run = await launch({ script: snap, flags: ["--inspect-brk=127.0.0.1:0", "--snapshot"] });
const cdp = await CdpClient.connect(run.url);
await cdp.send("Debugger.enable");
await cdp.send("Runtime.runIfWaitingForDebugger");
const paused = await cdp.next("Debugger.paused");
const top = paused.callFrames[0];
print(`paused: ${paused.reason} ${top.functionName} line ${top.location.lineNumber + 1}`);
await cdp.send("Debugger.resume");
await cdp.close();
await finish(run);
await Toy.remove(dir, { recursive: true });
