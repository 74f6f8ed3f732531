// Helpers for the HTTP tests of chapter 18: a quiet server, raw
// connections, and reading a stream to its end.
export const enc = new TextEncoder();
export const dec = new TextDecoder();

export function start(handler) {
  return Toy.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, handler);
}

export function connect(port) {
  return Toy.connect({ hostname: "127.0.0.1", port });
}

// Reads from conn until it closes; the text.
export async function readAll(conn) {
  const buf = new Uint8Array(64 * 1024);
  let out = "";
  let n;
  while ((n = await conn.read(buf)) !== null) out += dec.decode(buf.subarray(0, n), { stream: true });
  return out;
}

// Reads from conn until text holds `until`; returns what was read.
export async function readUntil(conn, until, state = { text: "" }) {
  const buf = new Uint8Array(4096);
  while (!state.text.includes(until)) {
    const n = await conn.read(buf);
    if (n === null) break;
    state.text += dec.decode(buf.subarray(0, n));
  }
  return state.text;
}

// A stream's chunks: [count, total bytes, the bytes joined].
export async function drain(stream, keep = true) {
  const reader = stream.getReader();
  const parts = [];
  let count = 0;
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    count++;
    total += value.length;
    if (keep) parts.push(value);
  }
  const all = new Uint8Array(keep ? total : 0);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return [count, total, all];
}
