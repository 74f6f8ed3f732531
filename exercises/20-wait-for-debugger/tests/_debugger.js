// Helpers for this lab's tests (not a test: its name starts with "_").
// A test starts a second toyjs, on a file of fixtures/, with --inspect,
// --inspect-wait or --inspect-brk on 127.0.0.1:0 (a port the system
// picks; the child says which on its stderr), and talks to it as a
// debugger does, over a WebSocket, in the Chrome DevTools protocol.
// Nothing here sleeps: each step waits for a message or for the child's
// exit, and the runner's time limit catches a hang.

const FIXTURES = decodeURIComponent(
  import.meta.url.replace(/^file:\/\//, "").replace(/\/[^/]*$/, ""),
) + "/fixtures";

// The rest of what a stream's reader gives, as text, after text, once
// the stream ends.
async function readAll(reader, text = "") {
  const d = new TextDecoder();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return text + d.decode();
    text += d.decode(value, { stream: true });
  }
}

// Starts `toyjs FLAG=127.0.0.1:0 ...flags fixtures/NAME`. Returns { url, child,
// stdout, stderr }: url from the child's "Debugger listening on URL"
// line; stdout and stderr are promises of all the text, settled when the
// child closes them.
export async function launch(flag, name, flags = []) {
  const child = new Toy.Command(Toy.execPath(), {
    args: [`${flag}=127.0.0.1:0`, ...flags, `${FIXTURES}/${name}`],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const stdout = readAll(child.stdout.getReader());
  const reader = child.stderr.getReader();
  const d = new TextDecoder();
  let err = "";
  let match;
  while ((match = /Debugger listening on (\S+)\n/.exec(err)) === null) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`no debugger URL on the child's stderr: ${JSON.stringify(err)}`);
    err += d.decode(value, { stream: true });
  }
  return { url: match[1], child, stdout, stderr: readAll(reader, err) };
}

// Waits for the child to exit; prints its stdout's lines (a line of the
// debugger's URL shown as <url>), then its exit code.
export async function finish(run) {
  const [status, out] = await Promise.all([run.child.status, run.stdout, run.stderr]);
  for (const line of out.split("\n")) {
    if (line !== "") print(`child: ${line.replaceAll(run.url, "<url>")}`);
  }
  print(`child exit code: ${status.code}`);
}

// ---------------------------------------------------------------------
// A debugger, as small as the tests need: a WebSocket client (RFC 6455)
// on Toy.connect, and the protocol's requests, answers and events.

async function writeAll(conn, bytes) {
  for (let at = 0; at < bytes.length;) at += await conn.write(bytes.subarray(at));
}

export class Cdp {
  #conn;
  #buf = new Uint8Array(0);
  #nextId = 1;
  #pending = new Map();  // id -> { resolve, reject }
  #events = [];          // events no event() has taken yet
  #waiters = [];         // { method, resolve }
  #closed = false;

  // Connects to ws://HOST:PORT/PATH and upgrades the connection.
  static async connect(url) {
    const m = /^ws:\/\/([^/]+):(\d+)(\/.*)$/.exec(url);
    if (m === null) throw new Error(`not a ws:// URL: ${url}`);
    const cdp = new Cdp(await Toy.connect({ hostname: m[1], port: Number(m[2]) }));
    await writeAll(cdp.#conn, new TextEncoder().encode(
      `GET ${m[3]} HTTP/1.1\r\nHost: ${m[1]}:${m[2]}\r\nUpgrade: websocket\r\n` +
      "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" +
      "Sec-WebSocket-Version: 13\r\n\r\n"));
    let head = "";
    for (;;) {
      head = new TextDecoder().decode(cdp.#buf);
      const end = head.indexOf("\r\n\r\n");
      if (end >= 0) {
        cdp.#buf = cdp.#buf.slice(end + 4);
        head = head.slice(0, end);
        break;
      }
      if (!(await cdp.#more())) break;
    }
    if (!/^HTTP\/1\.1 101 /.test(head)) {
      cdp.close();
      throw new Error(`the upgrade failed: ${JSON.stringify(head)}`);
    }
    cdp.#readLoop();
    return cdp;
  }

  constructor(conn) {
    this.#conn = conn;
  }

  async #more() {
    const chunk = new Uint8Array(65536);
    const n = await this.#conn.read(chunk);
    if (n === null) return false;
    const joined = new Uint8Array(this.#buf.length + n);
    joined.set(this.#buf);
    joined.set(chunk.subarray(0, n), this.#buf.length);
    this.#buf = joined;
    return true;
  }

  // The next frame, [fin, opcode, payload], or null at the end.
  async #frame() {
    for (;;) {
      const b = this.#buf;
      let len = b.length >= 2 ? b[1] & 0x7f : -1;
      let at = 2;
      if (len === 126 && b.length >= 4) {
        len = (b[2] << 8) | b[3];
        at = 4;
      } else if (len === 127 && b.length >= 10) {
        len = 0;
        for (let i = 2; i < 10; i++) len = len * 256 + b[i];
        at = 10;
      } else if (len >= 126) {
        len = -1;
      }
      if (len >= 0 && b.length >= at + len) {
        this.#buf = b.slice(at + len);
        return [(b[0] & 0x80) !== 0, b[0] & 0x0f, b.slice(at, at + len)];
      }
      if (!(await this.#more())) return null;
    }
  }

  async #readLoop() {
    let parts = [];
    try {
      for (;;) {
        const frame = await this.#frame();
        if (frame === null || frame[1] === 8) break;   // the end, or a close
        const [fin, opcode, payload] = frame;
        if (opcode === 9) await this.#send(10, payload);  // ping: pong
        if (opcode >= 8) continue;
        parts.push(payload);
        if (!fin) continue;
        const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        let at = 0;
        for (const p of parts) all.set(p, at), at += p.length;
        parts = [];
        this.#dispatch(JSON.parse(new TextDecoder().decode(all)));
      }
    } catch (e) {
      if (!this.#closed) print(`cdp: reading failed: ${e}`);
    }
    for (const { reject } of this.#pending.values()) reject(new Error("the connection closed"));
    this.#pending.clear();
  }

  #dispatch(message) {
    if (message.id !== undefined) {
      const p = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (p === undefined) return;
      if (message.error) p.reject(new Error(`${message.error.message} (${message.error.code})`));
      else p.resolve(message.result);
      return;
    }
    const i = this.#waiters.findIndex((w) => w.method === message.method);
    if (i >= 0) this.#waiters.splice(i, 1)[0].resolve(message.params);
    else this.#events.push(message);
  }

  // Client frames are masked (RFC 6455, 5.3).
  async #send(opcode, payload) {
    const mask = new Uint8Array(4).map(() => Math.floor(Math.random() * 256));
    const n = payload.length;
    const head = n < 126 ? [0x80 | opcode, 0x80 | n]
      : n < 65536 ? [0x80 | opcode, 0x80 | 126, n >> 8, n & 0xff]
      : [0x80 | opcode, 0x80 | 127, 0, 0, 0, 0, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
    const frame = new Uint8Array(head.length + 4 + n);
    frame.set(head);
    frame.set(mask, head.length);
    for (let i = 0; i < n; i++) frame[head.length + 4 + i] = payload[i] ^ mask[i & 3];
    await writeAll(this.#conn, frame);
  }

  // Sends a request; resolves with its result, rejects with its error.
  send(method, params = {}) {
    const id = this.#nextId++;
    const answer = new Promise((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    this.#send(1, new TextEncoder().encode(JSON.stringify({ id, method, params })));
    return answer;
  }

  // The params of the next event called method, come already or to come.
  event(method) {
    const i = this.#events.findIndex((e) => e.method === method);
    if (i >= 0) return Promise.resolve(this.#events.splice(i, 1)[0].params);
    return new Promise((resolve) => this.#waiters.push({ method, resolve }));
  }

  // The params of every event called method come and not taken, in order.
  takeAll(method) {
    const taken = this.#events.filter((e) => e.method === method).map((e) => e.params);
    this.#events = this.#events.filter((e) => e.method !== method);
    return taken;
  }

  // Evaluates expression in the program; resolves with its value, or
  // with "threw: ..." when it threw.
  async evaluate(expression) {
    const { result, exceptionDetails } = await this.send("Runtime.evaluate", { expression });
    if (exceptionDetails) return `threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`;
    return result.value;
  }

  close() {
    this.#closed = true;
    this.#conn.close();
  }
}
