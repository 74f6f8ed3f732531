// Chromium's own DevTools as the debugger of `RUNTIME --inspect-brk=127.0.0.1:0
// app.js`. Headless Chromium (Debian's) opens DevTools' frontend,
// devtools://devtools/bundled/js_app.html?ws=HOST:PORT/ws/UUID&v8only=true,
// with the ws= of the runtime's /json/list, and it connects to the runtime. This driver
// talks to Chromium (not to the runtime) through Chromium's own remote
// debugging port, with chrome-remote-interface:
// - it watches the DevTools page's WebSocket traffic (the Network domain's
//   webSocketFrameSent/Received events), which shows the frontend's own
//   Debugger.enable and Runtime.runIfWaitingForDebugger and the runtime's
//   answers;
// - it evaluates code in the DevTools page that uses the frontend's own
//   SDK modules (the debugger model that the Sources panel shows) to read
//   the paused state and the script list, set a breakpoint, evaluate in a
//   paused frame and resume, as the panel's buttons do.
//   node tests/checks/debugger/chromium.js RUNTIME APP CRI_DIR CHROMIUM PROFILE_DIR
"use strict";
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { spawn, Stream, startRuntime, reporter } = require("./lib.js");

const [runtime, app, criDir, chromium, profileDir] = process.argv.slice(2);
const CDP = require(criDir);
const rep = reporter("debugger-chromium");
let step = "starting the runtime";
rep.watchdog(Number(process.env.DEBUGGER_CHECK_LIMIT || 40), () => step);

function check(cond, why) {
  if (!cond) throw new Error(why);
}

// Code run in the DevTools page, with the frontend's SDK module: `dm` is
// the debugger model of the connected target. pausedAt(pred) waits (on the
// model's own event, no timer) until the target is paused where pred says.
const PAGE_SETUP = `(async () => {
  const SDK = await import('./core/sdk/sdk.js');
  const target = SDK.TargetManager.TargetManager.instance().primaryPageTarget();
  const dm = target.model(SDK.DebuggerModel.DebuggerModel);
  const frames = () => dm.debuggerPausedDetails().callFrames.map(
    (f) => ({ fn: f.functionName, url: f.script.sourceURL, line: f.location().lineNumber }));
  const pausedAt = async (pred) => {
    for (;;) {
      if (dm.isPaused() && pred(frames())) return frames();
      await new Promise((resolve) => {
        const d = dm.addEventListener(SDK.DebuggerModel.Events.DebuggerPaused, () => {
          dm.removeEventListener(SDK.DebuggerModel.Events.DebuggerPaused, d.listener);
          resolve();
        });
      });
    }
  };
  globalThis.toyjsCheck = { SDK, target, dm, frames, pausedAt };
  return target.name() + ' ' + (target.inspectedURL() || '');
})()`;

async function main() {
  const rt = await startRuntime(runtime, app, rep);
  const appUrl = pathToFileURL(path.resolve(app)).href;

  step = "GET /json/list";
  const list = await (await fetch(`http://${rt.host}:${rt.port}/json/list`)).json();
  const frontend = list[0] && list[0].devtoolsFrontendUrl;
  check(typeof frontend === "string" && frontend.startsWith("devtools://devtools/bundled/"),
    `/json/list has no devtoolsFrontendUrl: ${JSON.stringify(list)}`);
  const wsParam = new URL(frontend).searchParams.get("ws");
  check("ws://" + wsParam === rt.wsUrl, `the frontend URL's ws=${wsParam} is not ${rt.wsUrl}`);
  rep.ok(`/json/list's devtoolsFrontendUrl: ${frontend}`);
  // That URL is checked, not opened: Debian's headless Chromium 156 refuses
  // any devtools:// URL with experiments=true in it (as Node's and Deno's
  // have) with net::ERR_INVALID_URL, until a devtools:// page without it
  // has loaded in that browser. So the frontend opened is the same one
  // with the same ws=, without the experiments.
  const open = `devtools://devtools/bundled/js_app.html?ws=${wsParam}&v8only=true`;

  step = "starting Chromium";
  const args = ["--headless=new", "--remote-debugging-port=0", `--user-data-dir=${profileDir}`,
    "about:blank"];
  // Chromium's sandbox cannot run as root (CI runs as root).
  if (process.getuid && process.getuid() === 0) args.unshift("--no-sandbox");
  const ch = spawn(chromium, args, { stdio: ["ignore", "ignore", "pipe"], detached: true });
  const chExited = new Promise((resolve) => ch.on("exit", resolve));
  const chErr = new Stream("Chromium's stderr", ch.stderr);
  ch.on("error", (e) => { chErr.text += `\n[spawn ${chromium}: ${e.message}]`; });
  rep.show("Chromium stderr", () => chErr.text.split("\n").filter((l) => !/dbus|^$/.test(l)).join("\n"));
  const m = await chErr.expect(/DevTools listening on (ws:\/\/\S+)\n/, "Chromium's 'DevTools listening on ws://...'");
  const browser = await CDP({ target: m[1], local: true });

  step = "opening the DevTools frontend in a tab";
  const { targetId } = await browser.Target.createTarget({ url: "about:blank" });
  const { sessionId } = await browser.Target.attachToTarget({ targetId, flatten: true });
  const send = (method, params = {}) => browser.send(method, params, sessionId);
  // The DevTools page's WebSocket messages, both ways, in order.
  const traffic = new Stream("the DevTools page's WebSocket traffic", null);
  const pageErrors = [];
  rep.show("DevTools page's WebSocket traffic", () => traffic.text.split("\n")
    .filter((l) => !/scriptParsed|"Network\./.test(l)).map((l) => l.slice(0, 200)).join("\n"));
  browser.on("event", (e) => {
    if (e.sessionId !== sessionId) return;
    if (e.method === "Network.webSocketCreated") traffic.text += `created ${e.params.url}\n`;
    else if (e.method === "Network.webSocketFrameSent") traffic.text += `sent ${e.params.response.payloadData}\n`;
    else if (e.method === "Network.webSocketFrameReceived") traffic.text += `received ${e.params.response.payloadData}\n`;
    else if (e.method === "Network.webSocketClosed") traffic.text += "closed\n";
    else if (e.method === "Runtime.exceptionThrown") pageErrors.push(JSON.stringify(e.params.exceptionDetails).slice(0, 300));
    else return;
    traffic.poke();
  });
  await send("Network.enable");
  await send("Runtime.enable");
  const nav = await send("Page.navigate", { url: open });
  check(!nav.errorText, `Chromium could not open ${open}: ${nav.errorText}`);

  step = "DevTools connecting to the runtime";
  await traffic.expect(new RegExp(`created ${rt.wsUrl.replace(/[.?]/g, "\\$&")}\n`),
    `the DevTools page opening a WebSocket to ${rt.wsUrl}`);
  await traffic.expect(/sent \{[^\n]*"method":"Debugger\.enable"/, "DevTools sending Debugger.enable");
  await traffic.expect(/sent \{[^\n]*"method":"Runtime\.runIfWaitingForDebugger"/,
    "DevTools sending Runtime.runIfWaitingForDebugger");
  rep.ok("the DevTools frontend connected to the ws:// URL and sent Debugger.enable, Runtime.runIfWaitingForDebugger");
  await traffic.expect(/received \{"method":"Debugger\.paused"/, "the runtime's Debugger.paused (--inspect-brk)");
  rep.ok("the runtime answered with Debugger.paused: paused on start");

  // From here on, DevTools' own debugger model does the work.
  const page = async (expression, what) => {
    step = what;
    const r = await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) {
      const ex = r.exceptionDetails.exception;
      throw new Error(`in the DevTools page: ${(ex && (ex.description || ex.value)) || r.exceptionDetails.text}`);
    }
    return r.result.value;
  };
  const who = await page(PAGE_SETUP, "loading the DevTools frontend's SDK in its page");
  const start = await page(`toyjsCheck.pausedAt(() => true)`, "DevTools showing the pause on start");
  const scripts = await page(`toyjsCheck.dm.scripts().map((s) => s.sourceURL)`, "the scripts DevTools knows");
  check(scripts.includes(appUrl), `DevTools' script list has no ${appUrl}: ${scripts.slice(0, 20).join(", ")}`);
  // The files the Sources panel lists come from the frontend's workspace.
  const files = await page(`import('./models/workspace/workspace.js').then((W) =>
    W.Workspace.WorkspaceImpl.instance().uiSourceCodes().map((u) => u.url()))`, "the Sources panel's files");
  check(files.includes(appUrl), `the Sources panel's files do not include ${appUrl}: ${files.slice(0, 20).join(", ")}`);
  rep.ok(`DevTools' debugger model (target '${who.trim()}'): paused at ${start[0].url}:${start[0].line + 1}; ` +
    `its ${scripts.length} scripts and the Sources panel's ${files.length} files include ${path.basename(app)}`);

  const bp = await page(`toyjsCheck.dm.setBreakpointByURL(${JSON.stringify(appUrl)}, 3)
    .then((r) => r.breakpointId)`, "setting a breakpoint by URL and line from DevTools");
  check(bp, "DevTools' setBreakpointByURL gave no breakpoint id");
  const atBp = await page(`(async () => {
    const p = toyjsCheck.pausedAt((f) => f[0].fn === 'add');
    toyjsCheck.dm.resume();
    return p;
  })()`, "resuming from DevTools to the breakpoint");
  check(atBp[0].line === 3 && atBp[1].fn === "main",
    `paused at ${JSON.stringify(atBp.slice(0, 2))}, not add line 4 called by main`);
  rep.ok(`DevTools set a breakpoint by URL and line, resumed, and paused there: ${atBp.slice(0, 3)
    .map((f) => `${f.fn || "(anonymous)"}:${f.line + 1}`).join(" < ")}`);

  const value = await page(`(async () => {
    const frame = toyjsCheck.dm.debuggerPausedDetails().callFrames[0];
    const r = await frame.evaluate({ expression: 'a * 100 + b', objectGroup: 'console',
      includeCommandLineAPI: false, silent: true, returnByValue: true, generatePreview: false });
    if (r.error) throw new Error(r.error);
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.object.value;
  })()`, "evaluating in the paused frame from DevTools");
  check(value === 2022, `a * 100 + b in add's frame gave ${JSON.stringify(value)}, not 2022`);
  rep.ok("DevTools evaluated a * 100 + b in the paused frame: 2022");

  const atDebugger = await page(`(async () => {
    const p = toyjsCheck.pausedAt((f) => f[0].fn === 'main');
    toyjsCheck.dm.resume();
    return p;
  })()`, "resuming to the `debugger;` statement");
  check(atDebugger[0].line === 11, `paused in main at line ${atDebugger[0].line + 1}, not 12`);
  await traffic.expect(/received \{"method":"Runtime\.consoleAPICalled"[^\n]*app\.js says/,
    "the runtime's Runtime.consoleAPICalled for console.log");
  rep.ok("the console.log reached DevTools (Runtime.consoleAPICalled); `debugger;` paused");

  await page(`toyjsCheck.dm.resume(), true`, "resuming to the end");
  await rt.stdout.expect(/app\.js says 84\n/, "the program's console.log on stdout");
  await rt.stderr.expect(/Waiting for (the debugger|inspector) to disconnect/,
    "the runtime's 'Waiting for ... to disconnect' line");
  rep.ok("DevTools resumed the program to its end");

  step = "closing the DevTools tab";
  await browser.Target.closeTarget({ targetId });
  const code = await rt.exited;
  check(code === 0, `the runtime exited with ${code}, not 0`);
  rep.ok("the runtime exited 0 once the DevTools tab closed");
  if (pageErrors.length) rep.ok(`(the DevTools page reported ${pageErrors.length} exceptions of its own)`);
  step = "closing Chromium";
  await browser.Browser.close();
  await chExited;
}

main().then(
  () => process.exit(rep.failed ? 1 : 0),
  (e) => { rep.fail(step, e.message); process.exit(1); });
