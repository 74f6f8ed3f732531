// Debugger.setBreakpointByUrl by the file's URL and a line, set before the
// program runs (--inspect-wait), is hit; Debugger.evaluateOnCallFrame
// evaluates in a paused frame: the function's locals, the module's
// top-level bindings; resumed, the program runs to exit code 0.
// needs: debugger
// perms: -A
// expect: paused: main.js:4 hit: true
// expect: sum * 10 + a = 52
// expect: greeting = hello
// expect: child: hello 5
// expect: child exit code: 0
import { CdpClient, finish, launch, urlOf } from "./_harness.js";

const run = await launch("--inspect-wait", "main.js");
const cdp = await CdpClient.connect(run.url);
await cdp.send("Debugger.enable");
const { breakpointId } = await cdp.send("Debugger.setBreakpointByUrl", {
  url: urlOf("main.js"),
  lineNumber: 3,
});
await cdp.send("Runtime.runIfWaitingForDebugger");
const paused = await cdp.next("Debugger.paused");
const top = paused.callFrames[0];
print(`paused: main.js:${top.location.lineNumber + 1} hit: ${paused.hitBreakpoints.includes(breakpointId)}`);
// The function's frame, then the module's (greeting is not in add's
// scope: add does not use it, so V8 keeps it out of add's closure).
for (const [frame, expression] of [[top, "sum * 10 + a"], [paused.callFrames[1], "greeting"]]) {
  const { result } = await cdp.send("Debugger.evaluateOnCallFrame", {
    callFrameId: frame.callFrameId,
    expression,
  });
  print(`${expression} = ${result.value}`);
}
await cdp.send("Debugger.resume");
await cdp.close();
await finish(run);
