// Helpers for the debugger tests (not a test: its name starts with "_").
// Each test starts a second toyjs on a fixture with --inspect-brk,
// --inspect-wait or --inspect on 127.0.0.1:0 (a port the system picks,
// read back from the "Debugger listening on ws://..." line of its
// stderr), talks to it as a debugger does, and prints what it saw.
// Nothing here sleeps: every step waits for a message or an exit; the
// runner's time limit catches a hang.

export const FIXTURES = decodeURIComponent(
  import.meta.url.replace(/^file:\/\//, "").replace(/\/[^/]*$/, ""),
) + "/fixtures";

// The URL the debugged program knows the fixture by.
export const urlOf = (name) => `file://${FIXTURES}/${name}`;

const decoder = () => new TextDecoder();

// Starts toyjs FLAG=127.0.0.1:0 fixtures/NAME. Returns { url, child,
// stdout, stderr }, the last two promises of the whole text, settled at
// the child's exit.
export async function launch(flag, name, args = []) {
  const child = new Toy.Command(Toy.execPath(), {
    args: [`${flag}=127.0.0.1:0`, `${FIXTURES}/${name}`, ...args],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const stdout = (async () => {
    let text = "";
    const d = decoder();
    const r = child.stdout.getReader();
    for (;;) {
      const { value, done } = await r.read();
      if (done) return text;
      text += d.decode(value, { stream: true });
    }
  })();
  const reader = child.stderr.getReader();
  const d = decoder();
  let err = "";
  let match;
  while ((match = /Debugger listening on (ws:\/\/\S+)\n/.exec(err)) === null) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`no debugger URL on the child's stderr: ${JSON.stringify(err)}`);
    err += d.decode(value, { stream: true });
  }
  const stderr = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return err;
      err += d.decode(value, { stream: true });
    }
  })();
  return { url: match[1], child, stdout, stderr };
}

// Waits for the child's exit and prints its stdout, its stderr's lines
// that a test compares (the debugger's own lines left out, but for the
// end-of-program one) and its exit code.
export async function finish(run, { stderrLines = false } = {}) {
  const [status, out, err] = await Promise.all([run.child.status, run.stdout, run.stderr]);
  for (const line of out.split("\n")) if (line !== "") print(`child: ${line}`);
  if (stderrLines) {
    for (const line of err.split("\n")) {
      if (line === "" || /^(Debugger listening on|Visit chrome:|toyjs is waiting)/.test(line)) continue;
      print(`child stderr: ${line}`);
    }
  }
  print(`child exit code: ${status.code}`);
}

// ---------------------------------------------------------------------
// A small client of the Chrome DevTools protocol over a WebSocket
// (RFC 6455), on Toy.connect: enough for the tests.

async function writeAll(conn, bytes) {
  for (let at = 0; at < bytes.length;) at += await conn.write(bytes.subarray(at));
}

export class Cdp {
  #conn;
  #buf = new Uint8Array(0);
  #nextId = 1;
  #pending = new Map();  // id -> { resolve, reject }
  #events = [];          // notifications not yet taken by event()
  #waiters = [];         // { method, test, resolve }
  #closed = false;
  closedBy = null;       // "server" once the server closed the connection

  static async connect(url) {
    const m = /^ws:\/\/([^/]+):(\d+)(\/.*)$/.exec(url);
    if (m === null) throw new Error(`not a ws:// URL: ${url}`);
    const conn = await Toy.connect({ hostname: m[1], port: Number(m[2]) });
    const cdp = new Cdp(conn);
    await writeAll(conn, new TextEncoder().encode(
      `GET ${m[3]} HTTP/1.1\r\nHost: ${m[1]}:${m[2]}\r\nUpgrade: websocket\r\n` +
      "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" +
      "Sec-WebSocket-Version: 13\r\n\r\n"));
    const head = await cdp.#readHead();
    if (!/^HTTP\/1\.1 101 /.test(head) || !head.includes("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")) {
      conn.close();
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

  async #readHead() {
    for (;;) {
      const text = new TextDecoder().decode(this.#buf);
      const end = text.indexOf("\r\n\r\n");
      if (end >= 0) {
        this.#buf = this.#buf.slice(end + 4);
        return text.slice(0, end);
      }
      if (!(await this.#more())) return text;
    }
  }

  // The frame at the start of the buffer, or null if it is not all there.
  #parse() {
    const b = this.#buf;
    if (b.length < 2) return null;
    let len = b[1] & 0x7f;
    let at = 2;
    if (len === 126) {
      if (b.length < 4) return null;
      len = (b[2] << 8) | b[3];
      at = 4;
    } else if (len === 127) {
      if (b.length < 10) return null;
      len = 0;
      for (let i = 2; i < 10; i++) len = len * 256 + b[i];
      at = 10;
    }
    if (b.length < at + len) return null;
    if (b[1] & 0x80) throw new Error("the server masked a frame");
    const payload = b.slice(at, at + len);
    this.#buf = b.slice(at + len);
    return [(b[0] & 0x80) !== 0, b[0] & 0x0f, payload];
  }

  // One frame: [fin, opcode, payload], or null at the end of the stream.
  async #frame() {
    for (;;) {
      const frame = this.#parse();
      if (frame !== null) return frame;
      if (!(await this.#more())) return null;
    }
  }

  async #readLoop() {
    let parts = [];
    try {
      for (;;) {
        const frame = await this.#frame();
        if (frame === null) break;
        const [fin, opcode, payload] = frame;
        if (opcode === 8) break;                                   // close
        if (opcode === 9) { await this.#send(10, payload); continue; }  // ping
        if (opcode === 10) continue;
        parts.push(payload);
        if (!fin) continue;
        const total = parts.reduce((n, p) => n + p.length, 0);
        const all = new Uint8Array(total);
        let at = 0;
        for (const p of parts) all.set(p, at), at += p.length;
        parts = [];
        this.#dispatch(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(all)));
      }
    } catch (e) {
      if (!this.#closed) print(`cdp: reading failed: ${e}`);
    }
    if (!this.#closed) this.closedBy = "server";
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
    const i = this.#waiters.findIndex((w) => w.method === message.method && w.test(message.params));
    if (i >= 0) this.#waiters.splice(i, 1)[0].resolve(message.params);
    else this.#events.push(message);
  }

  async #send(opcode, payload) {
    const mask = new Uint8Array(4).map(() => Math.floor(Math.random() * 256));
    const n = payload.length;
    const head = n < 126 ? [0x80 | opcode, 0x80 | n]
      : n < 65536 ? [0x80 | opcode, 0x80 | 126, n >> 8, n & 0xff]
      : [0x80 | opcode, 0x80 | 127, 0, 0, 0, 0, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
    const frame = new Uint8Array(head.length + 4 + n);
    frame.set(head);
    frame.set(mask, head.length);
    for (let i = 0; i < n; i++) frame[head.length + 4 + i] = payload[i] ^ mask[i & 3];
    await writeAll(this.#conn, frame);
  }

  // Sends method with params; resolves with the result, rejects with the error.
  send(method, params = {}) {
    const id = this.#nextId++;
    const answer = new Promise((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    this.#send(1, new TextEncoder().encode(JSON.stringify({ id, method, params })));
    return answer;
  }

  // The next notification method whose params pass test, whether it came
  // already or comes later.
  event(method, test = () => true) {
    const i = this.#events.findIndex((e) => e.method === method && test(e.params));
    if (i >= 0) return Promise.resolve(this.#events.splice(i, 1)[0].params);
    return new Promise((resolve) => this.#waiters.push({ method, test, resolve }));
  }

  // Every notification method that has come and not been taken, in order.
  takeAll(method) {
    const taken = this.#events.filter((e) => e.method === method).map((e) => e.params);
    this.#events = this.#events.filter((e) => e.method !== method);
    return taken;
  }

  // The URL of the script a frame is in (a frame's own url field is left
  // empty by V8 10.2): from Debugger.scriptParsed, kept for the asking.
  async urlOf(frame) {
    const id = frame.location.scriptId;
    const script = await this.event("Debugger.scriptParsed", (p) => p.scriptId === id);
    this.#events.push({ method: "Debugger.scriptParsed", params: script });
    return script.url;
  }

  close() {
    this.#closed = true;
    this.#conn.close();
  }
}
