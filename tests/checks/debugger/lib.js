// What the debugger checks' drivers share (tests/checks/debugger-*.sh run
// them with the machine's Node). Nothing here waits for a time: every
// step waits for output or an event. The one timer, the watchdog, only
// turns a hang into a FAIL line that shows what had happened so far.
"use strict";
const childProcess = require("node:child_process");

// Every child a driver starts ends with it, whatever way it ends: a failed
// check must not leave a paused runtime or a browser behind.
const children = [];
// A child spawned with { detached: true } leads a process group of its own
// (Chromium and its helper processes), and the whole group is ended.
process.on("exit", () => {
  for (const c of children) {
    if (c.exitCode !== null || c.signalCode !== null) continue;
    try {
      process.kill(c.group ? -c.pid : c.pid, "SIGKILL");
    } catch {
      // gone already
    }
  }
});
function spawn(cmd, args, opts = {}) {
  const c = childProcess.spawn(cmd, args, opts);
  c.group = Boolean(opts.detached);
  children.push(c);
  return c;
}

// Output of a child, kept whole; expect() waits for a pattern to show up
// after the point the previous expect() matched.
class Stream {
  constructor(name, readable) {
    this.name = name;
    this.text = "";
    this.from = 0;
    this.ended = false;
    this.waiters = [];
    if (!readable) return; // text added by the caller, then poke()
    readable.setEncoding("utf8");
    readable.on("data", (s) => { this.text += s; this.poke(); });
    readable.on("end", () => { this.ended = true; this.poke(); });
  }
  poke() {
    for (const w of this.waiters.slice()) w();
  }
  // Resolves with the match of `re` in the text not yet consumed, and
  // consumes the text up to the end of the match. Rejects if the stream
  // ends first.
  expect(re, what) {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const rest = this.text.slice(this.from);
        const m = re.exec(rest);
        if (m) {
          this.from += m.index + m[0].length;
          this.waiters = this.waiters.filter((w) => w !== attempt);
          resolve(m);
        } else if (this.ended) {
          this.waiters = this.waiters.filter((w) => w !== attempt);
          reject(new Error(`${this.name} ended before ${what || re}`));
        }
      };
      this.waiters.push(attempt);
      attempt();
    });
  }
}

// Starts the runtime with --inspect-brk on loopback, port chosen by the OS,
// and resolves once it has printed the ws:// URL (on stderr, as Node and
// Deno print it).
// Its output is shown under a FAIL line of `rep`.
async function startRuntime(runtime, script, rep) {
  const child = spawn(runtime, ["--inspect-brk=127.0.0.1:0", script], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const rt = {
    child,
    stdout: new Stream("the runtime's stdout", child.stdout),
    stderr: new Stream("the runtime's stderr", child.stderr),
  };
  rep.show("runtime stderr", () => rt.stderr.text);
  rep.show("runtime stdout", () => rt.stdout.text);
  rt.exited = new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve(signal ? signal : code));
  });
  child.on("error", (e) => { rt.stderr.text += `\n[spawn ${runtime}: ${e.message}]`; });
  const m = await rt.stderr.expect(/Debugger listening on (ws:\/\/([0-9.]+):(\d+)(\/\S*))\n/,
    "the line 'Debugger listening on ws://...'");
  rt.wsUrl = m[1];
  rt.host = m[2];
  rt.port = Number(m[3]);
  rt.path = m[4];
  return rt;
}

// One line per case, as tests/run.sh reads them: `ok NAME` or `FAIL NAME: why`,
// the FAIL followed by indented lines that show what happened.
function reporter(check) {
  const shown = [];
  let failed = 0;
  const r = {
    ok(what) { console.log(`ok ${check}: ${what}`); },
    fail(what, why) {
      failed++;
      console.log(`FAIL ${check}: ${what}: ${why}`);
      for (const [name, text] of shown) {
        const lines = text().split("\n");
        console.log(`    ${name} (last lines):`);
        for (const l of lines.slice(-12)) console.log(`      | ${l}`);
      }
    },
    show(name, text) { shown.push([name, text]); },
    get failed() { return failed; },
    // A hang is a failure too; no step waits on this timer.
    watchdog(seconds, what) {
      const t = setTimeout(() => {
        r.fail(what(), `still waiting after ${seconds} s: a hang`);
        process.exit(1);
      }, seconds * 1000);
      t.unref();
    },
  };
  return r;
}

module.exports = { spawn, Stream, startRuntime, reporter };
