// Drives `RUNTIME --inspect-brk=127.0.0.1:0 app.js` with the npm package
// chrome-remote-interface (CRI), as a program that automates DevTools would.
//   node tests/checks/debugger/cri.js RUNTIME APP CRI_DIR
// CRI_DIR: where chrome-remote-interface is installed (deps/npm/node_modules/...).
"use strict";
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { startRuntime, reporter } = require("./lib.js");

const [runtime, app, criDir] = process.argv.slice(2);
const CDP = require(criDir);
const rep = reporter("debugger-cri");
let step = "starting the runtime";
rep.watchdog(Number(process.env.DEBUGGER_CHECK_LIMIT || 40), () => step);

function check(cond, why) {
  if (!cond) throw new Error(why);
}

// Events, kept in order, so that a step can wait for one that may already
// have come.
function eventQueue(client, name) {
  const seen = [];
  const waiting = [];
  client.on(name, (params) => {
    const i = waiting.findIndex((w) => w.test(params));
    if (i >= 0) waiting.splice(i, 1)[0].resolve(params);
    else seen.push(params);
  });
  return (test = () => true) =>
    new Promise((resolve) => {
      const i = seen.findIndex(test);
      if (i >= 0) resolve(seen.splice(i, 1)[0]);
      else waiting.push({ test, resolve });
    });
}

async function main() {
  const rt = await startRuntime(runtime, app, rep);
  const opts = { host: rt.host, port: rt.port };

  step = "GET /json/version and /json/list";
  const version = await CDP.Version(opts);
  // Deno says 1.3 (and so does toyjs), Node 1.1.
  check(/^1\.\d+$/.test(version["Protocol-Version"]),
    `/json/version's Protocol-Version is ${version["Protocol-Version"]}, not 1.x`);
  const targets = await CDP.List(opts);
  check(targets.length === 1 && targets[0].webSocketDebuggerUrl === rt.wsUrl,
    `/json/list is not one target at ${rt.wsUrl}: ${JSON.stringify(targets)}`);
  rep.ok(`/json/version (${version.Browser}, protocol ${version["Protocol-Version"]}) and /json/list (${targets[0].type} target, url ${targets[0].url})`);

  step = "connecting";
  // local: the protocol's description from the package, not /json/protocol.
  const client = await CDP({ ...opts, local: true });
  const paused = eventQueue(client, "Debugger.paused");
  const consoleCalls = eventQueue(client, "Runtime.consoleAPICalled");
  const chunks = [];
  client.on("HeapProfiler.addHeapSnapshotChunk", ({ chunk }) => chunks.push(chunk));
  const { Debugger, Runtime, Profiler, HeapProfiler } = client;

  step = "Debugger.enable, Runtime.enable, Profiler.enable";
  await Debugger.enable();
  await Runtime.enable();
  await Profiler.enable();
  const url = pathToFileURL(path.resolve(app)).href;
  step = `Debugger.setBreakpointByUrl ${url} line 4`;
  const bp = await Debugger.setBreakpointByUrl({ url, lineNumber: 3 });
  check(bp.breakpointId, "no breakpointId");
  rep.ok(`Debugger.enable; breakpoint ${bp.breakpointId} set by URL and line`);

  step = "Runtime.runIfWaitingForDebugger";
  await Runtime.runIfWaitingForDebugger();
  step = "the pause on start";
  let p = await paused();
  rep.ok(`Runtime.runIfWaitingForDebugger; paused on start (${p.reason})`);
  step = "Profiler.start";
  await Profiler.start();
  // Until the breakpoint: a `debugger;` statement or a step would pause too.
  while (!(p.hitBreakpoints || []).includes(bp.breakpointId)) {
    step = "Debugger.resume, to the breakpoint";
    await Debugger.resume();
    p = await paused();
  }
  const top = p.callFrames[0];
  check(top.functionName === "add" && top.location.lineNumber === 3,
    `paused in ${top.functionName} line ${top.location.lineNumber + 1}, not add line 4`);
  rep.ok(`Debugger.paused at the breakpoint: ${p.callFrames.slice(0, 3).map((f) =>
    `${f.functionName || "(anonymous)"}:${f.location.lineNumber + 1}`).join(" < ")}`);

  step = "Debugger.evaluateOnCallFrame";
  const ev = await Debugger.evaluateOnCallFrame({
    callFrameId: top.callFrameId, expression: "a * 100 + b", returnByValue: true });
  check(!ev.exceptionDetails && ev.result.value === 2022,
    `a * 100 + b gave ${JSON.stringify(ev)}`);
  const caller = await Debugger.evaluateOnCallFrame({
    callFrameId: p.callFrames[1].callFrameId, expression: "typeof r", returnByValue: true });
  check(caller.result.value === "undefined", `typeof r in main gave ${JSON.stringify(caller)}`);
  rep.ok("Debugger.evaluateOnCallFrame: a * 100 + b is 2022 in add's frame");

  step = "Profiler.stop";
  const { profile } = await Profiler.stop();
  check(profile && profile.nodes.length > 0 && profile.nodes[0].callFrame,
    `Profiler.stop gave no nodes: ${JSON.stringify(profile).slice(0, 200)}`);
  check(profile.endTime >= profile.startTime, "a profile that ends before it starts");
  rep.ok(`Profiler.start/stop: a profile of ${profile.nodes.length} nodes`);

  step = "HeapProfiler.takeHeapSnapshot";
  await HeapProfiler.takeHeapSnapshot({ reportProgress: false });
  const text = chunks.join("");
  let snap;
  try {
    snap = JSON.parse(text);
  } catch (e) {
    throw new Error(`the snapshot's ${chunks.length} chunks (${text.length} bytes) are not JSON: ${e.message}`);
  }
  check(snap.snapshot && snap.snapshot.node_count > 0 && Array.isArray(snap.nodes),
    "the snapshot has no nodes");
  rep.ok(`HeapProfiler.takeHeapSnapshot: ${chunks.length} chunks, ${text.length} bytes of JSON, ${snap.snapshot.node_count} nodes`);

  step = "Debugger.resume to the end; the console.log";
  await Debugger.resume();
  const call = await consoleCalls((c) => c.type === "log" && c.args[0] && c.args[0].value === "app.js says");
  check(call.args[1] && call.args[1].value === 84,
    `console.log's arguments: ${JSON.stringify(call.args)}`);
  rep.ok("Runtime.consoleAPICalled: the program's console.log('app.js says', 84)");
  await rt.stdout.expect(/app\.js says 84\n/, "the program's console.log on stdout");
  step = "the pause at `debugger;`";
  p = await paused();
  check(p.callFrames[0].functionName === "main" && p.callFrames[0].location.lineNumber === 11,
    `paused in ${p.callFrames[0].functionName} line ${p.callFrames[0].location.lineNumber + 1}, not main line 12`);
  rep.ok(`the \`debugger;\` statement paused (${p.reason})`);
  step = "Debugger.resume to the end";
  await Debugger.resume();
  await rt.stderr.expect(/Waiting for (the debugger|inspector) to disconnect/,
    "the runtime's 'Waiting for ... to disconnect' line");
  rep.ok("the program ran to its end");

  step = "closing the connection";
  await client.close();
  const code = await rt.exited;
  check(code === 0, `the runtime exited with ${code}, not 0`);
  rep.ok("the runtime exited 0 once the client closed");
}

main().then(
  () => process.exit(rep.failed ? 1 : 0),
  (e) => { rep.fail(step, e.message); process.exit(1); });
