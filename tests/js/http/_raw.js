// Helpers for the http tests: raw HTTP/1.1 over Toy.connect, so the tests
// see exactly the bytes the server writes.
const enc = new TextEncoder();
const dec = new TextDecoder();

// Sends text, then reads until the server closes the connection.
export async function exchange(port, text) {
  const conn = await Toy.connect({ hostname: "127.0.0.1", port });
  await conn.write(enc.encode(text));
  const buf = new Uint8Array(4096);
  let out = "";
  let n;
  while ((n = await conn.read(buf)) !== null) out += dec.decode(buf.subarray(0, n));
  conn.close();
  return out;
}

// Reads exactly one response (by its content-length) from conn.
export async function readResponse(conn, state = { rest: "" }) {
  const buf = new Uint8Array(4096);
  for (;;) {
    const end = state.rest.indexOf("\r\n\r\n");
    if (end >= 0) {
      const m = /content-length: (\d+)/i.exec(state.rest.slice(0, end));
      const total = end + 4 + Number(m[1]);
      if (state.rest.length >= total) {
        const res = state.rest.slice(0, total);
        state.rest = state.rest.slice(total);
        return res;
      }
    }
    const n = await conn.read(buf);
    if (n === null) throw new Error(`connection closed; got ${JSON.stringify(state.rest)}`);
    state.rest += dec.decode(buf.subarray(0, n));
  }
}

// Starts a quiet server on a port the system picks.
export function start(handler) {
  return Toy.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, handler);
}

// The response as lines, for printing.
// Prints an answer line by line, "|" for an empty line. The date header
// changes every second: a well-formed one (RFC 9110's IMF-fixdate, within
// a minute of now) prints as "date: <now>".
export function show(text) {
  for (const line of text.split("\r\n")) print(line === "" ? "|" : maskDate(line));
}

function maskDate(line) {
  const m = /^date: ((Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT)$/.exec(line);
  if (m === null || Math.abs(Date.parse(m[1]) - Date.now()) > 60000) return line;
  return "date: <now>";
}
