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
      (mode("stdin", o.stdin, "inherit", ["inherit", "null"]) << 2) |
      (mode("stdout", o.stdout, "piped", ["piped", "inherit", "null"]) << 4) |
      (mode("stderr", o.stderr, "piped", ["piped", "inherit", "null"]) << 6);
    return [noNul("the program", program), args, noNul("cwd", cwd), env, flags];
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
    constructor(program, options) {
      this.#args = runArgs(program, options);
    }
    async output() {
      return commandOutput(await ops.op_process_output(...this.#args), this.#args[4]);
    }
    outputSync() {
      return commandOutput(ops.op_process_output_sync(...this.#args), this.#args[4]);
    }
  }

  Object.assign(globalThis.Toy, {
    Command,
    kill: (pid, signal = "SIGTERM") => ops.op_process_kill(pid, String(signal)),
  });
})(globalThis.Toy.core);
