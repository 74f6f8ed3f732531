// 10_process.js: Deno's Toy.Command over the ops of op_process.c, with
// output() (async: the child runs while the loop goes on) and
// outputSync(), and Toy.kill.
"use strict";
((core) => {
  const ops = core.ops;

  const MODES = { piped: 0, inherit: 1, null: 2 };

  function mode(name, value, fallback, allowed) {
    const m = value ?? fallback;
    if (!allowed.includes(m)) {
      throw new TypeError(`Invalid ${name}: "${m}", expected one of ${allowed.join(", ")}`);
    }
    return MODES[m];
  }

  // The op's arguments: lists go as strings ended by NUL bytes, the modes
  // and clearEnv as bits of one number.
  // A NUL byte would end a string early in C, and inside a list it would
  // split one argument into two; an "=" in a variable's name would move
  // the name's end. Such strings are refused, not passed on changed.
  function noNul(what, value) {
    const text = String(value);
    if (text.includes("\0")) throw new TypeError(`Command: ${what} contains a NUL byte`);
    return text;
  }

  function runArgs(program, options = {}) {
    const o = options ?? {};
    if (o.args !== undefined && (o.args === null || typeof o.args[Symbol.iterator] !== "function" ||
                                 typeof o.args === "string")) {
      throw new TypeError("Command: args must be an array of strings");
    }
    const args = Array.from(o.args ?? [], (a) => noNul("an argument", a) + "\0").join("");
    const env = Object.entries(o.env ?? {}).map(([k, v]) => {
      if (k === "" || k.includes("=")) throw new TypeError(`Command: invalid environment variable name: '${k}'`);
      return `${noNul("an environment variable", k)}=${noNul("an environment variable", v)}\0`;
    }).join("");
    let cwd = o.cwd ?? "";
    if (typeof cwd === "object" && cwd.protocol === "file:") cwd = decodeURIComponent(cwd.pathname);
    const flags = (o.clearEnv ? 1 : 0) |
      (mode("stdin", o.stdin, "inherit", ["piped", "inherit", "null"]) << 2) |
      (mode("stdout", o.stdout, "piped", ["piped", "inherit", "null"]) << 4) |
      (mode("stderr", o.stderr, "piped", ["piped", "inherit", "null"]) << 6);
    return [noNul("the program", program), args, noNul("cwd", cwd), env, flags];
  }

  // spawn()'s modes: the same choices, but all three default to
  // "inherit", as in Deno.
  function spawnFlags(options) {
    const o = options ?? {};
    const all = ["piped", "inherit", "null"];
    return (o.clearEnv ? 1 : 0) |
      (mode("stdin", o.stdin, "inherit", all) << 2) |
      (mode("stdout", o.stdout, "inherit", all) << 4) |
      (mode("stderr", o.stderr, "inherit", all) << 6);
  }

  // output() collects what it reads, so it has nothing to write to a
  // child's stdin with.
  function noPipedStdin(flags) {
    if (((flags >> 2) & 3) === MODES.piped) {
      throw new TypeError("Piped stdin is not supported for this function, use 'Toy.Command.spawn()' instead");
    }
  }

  const childKey = Symbol("ChildProcess");

  // A child started by spawn(), as Deno's ChildProcess: pid; stdin, a
  // WritableStream, and stdout and stderr, byte ReadableStreams, for
  // those that are piped (20_pipes.js, over the pipe ops of
  // op_process.c); status, settled with { success, code, signal } at its
  // exit; output(), which reads what is piped to the end.
  class ChildProcess {
    #rid;
    #pid;
    #pipeRids;
    #stdin = null;
    #stdout = null;
    #stderr = null;
    #status;
    #exited = false;
    constructor(key, info) {
      if (key !== childKey) throw new TypeError("Illegal constructor");
      const { rid, pid, stdinRid, stdoutRid, stderrRid } = info;
      const pipes = core.pipes;
      this.#rid = rid;
      this.#pid = pid;
      this.#pipeRids = [stdoutRid, stderrRid].filter((r) => r !== null);
      if (stdinRid !== null) {
        this.#stdin = pipes.writable(pipes.closer(stdinRid),
                                     (buf) => ops.op_process_pipe_write(stdinRid, buf));
      }
      const reader = (r) => pipes.readable(pipes.closer(r), (buf) => ops.op_process_pipe_read(r, buf));
      if (stdoutRid !== null) this.#stdout = reader(stdoutRid);
      if (stderrRid !== null) this.#stderr = reader(stderrRid);
      this.#status = ops.op_process_wait(rid).then(({ code, signal }) => {
        this.#exited = true;
        return { success: code === 0 && signal === null, code, signal };
      });
    }
    get pid() {
      return this.#pid;
    }
    get status() {
      return this.#status;
    }
    get stdin() {
      if (this.#stdin === null) throw new TypeError("Cannot get 'stdin': 'stdin' is not piped");
      return this.#stdin;
    }
    get stdout() {
      if (this.#stdout === null) throw new TypeError("Cannot get 'stdout': 'stdout' is not piped");
      return this.#stdout;
    }
    get stderr() {
      if (this.#stderr === null) throw new TypeError("Cannot get 'stderr': 'stderr' is not piped");
      return this.#stderr;
    }
    // The status and everything piped stdout and stderr give, read to
    // their ends side by side (one full pipe must not stall the other).
    async output() {
      for (const [name, stream] of [["stdout", this.#stdout], ["stderr", this.#stderr]]) {
        if (stream?.locked) throw new TypeError(`Cannot collect output: '${name}' is locked`);
      }
      const collect = (stream) => (stream === null ? null : core.pipes.collect(stream));
      const [status, stdout, stderr] =
        await Promise.all([this.#status, collect(this.#stdout), collect(this.#stderr)]);
      const piped = (name, value) => ({
        get() {
          if (value === null) throw new TypeError(`Cannot get '${name}': '${name}' is not piped`);
          return value;
        },
        enumerable: true,
      });
      return Object.defineProperties({ ...status },
                                     { stdout: piped("stdout", stdout), stderr: piped("stderr", stderr) });
    }
    // Signals the child through its handle (its rid lives until it exits).
    kill(signal = "SIGTERM") {
      if (!this.#exited) {
        try {
          ops.op_process_child_kill(this.#rid, String(signal));
          return;
        } catch (e) {
          if (!(e instanceof globalThis.Toy.errors.BadResource)) throw e;
        }
      }
      throw new TypeError("Child process has already terminated");
    }
    // Whether the child, and reads waiting on its pipes, keep the
    // program running until it exits.
    ref() {
      this.#ref(true);
    }
    unref() {
      this.#ref(false);
    }
    #ref(on) {
      for (const rid of [this.#rid, ...this.#pipeRids]) {
        try {
          ops.op_process_ref(rid, on);
        } catch (e) {
          if (!(e instanceof globalThis.Toy.errors.BadResource)) throw e;   // closed: nothing to keep
        }
      }
    }
  }

  // The op's bytes as Deno's CommandOutput: code, signal (a name or
  // null), success, and stdout and stderr, which throw when not piped.
  function commandOutput(bytes, flags) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const status = view.getInt32(0, true);
    const signo = view.getInt32(4, true);
    const outLen = view.getUint32(8, true);
    const signal = signo === 0 ? null : (ops.op_process_signal_name(signo) || null);
    const code = signo === 0 ? status : 128 + signo;
    const out = bytes.slice(12, 12 + outLen);
    const err = bytes.slice(12 + outLen);
    const piped = (name, shift, value) => ({
      get() {
        if (((flags >> shift) & 3) !== MODES.piped) {
          throw new TypeError(`Cannot get '${name}': '${name}' is not piped`);
        }
        return value;
      },
      enumerable: true,
    });
    return Object.defineProperties({ code, success: code === 0 && signo === 0, signal }, {
      stdout: piped("stdout", 4, out),
      stderr: piped("stderr", 6, err),
    });
  }

  class Command {
    #args;
    #spawnFlags;
    constructor(program, options) {
      this.#args = runArgs(program, options);
      this.#spawnFlags = spawnFlags(options);
    }
    async output() {
      noPipedStdin(this.#args[4]);
      return commandOutput(await ops.op_process_output(...this.#args), this.#args[4]);
    }
    outputSync() {
      noPipedStdin(this.#args[4]);
      return commandOutput(ops.op_process_output_sync(...this.#args), this.#args[4]);
    }
    // Starts the program and returns at once, while it runs.
    spawn() {
      const [program, args, cwd, env] = this.#args;
      return new ChildProcess(childKey, ops.op_process_spawn(program, args, cwd, env, this.#spawnFlags));
    }
  }

  Object.assign(globalThis.Toy, {
    Command,
    ChildProcess,
    kill: (pid, signal = "SIGTERM") => ops.op_process_kill(pid, String(signal)),
  });
})(globalThis.Toy.core);
