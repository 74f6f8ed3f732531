// Helpers for the compress tests (not a test itself): a quiet server,
// a raw client that sends one or more requests on one connection and
// parses the answers, and gunzip.
const enc = new TextEncoder();
export const dec = new TextDecoder();

// A server on a free port, compressing unless told otherwise.
export function start(handler, compress = true) {
  return Toy.serve({ hostname: "127.0.0.1", port: 0, compress, onListen() {} }, handler);
}

// Sends each request ({ method, path, headers }) on one connection, the
// last with "connection: close"; the answers, as { status, headers (a
// Map, names in lower case, repeated ones joined by ", "), chunked, body
// (the body's bytes, chunked coding undone) }.
export async function requests(port, list) {
  const conn = await Toy.connect({ hostname: "127.0.0.1", port });
  let text = "";
  list.forEach(({ method = "GET", path = "/", headers = {} }, i) => {
    text += `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n`;
    for (const [name, value] of Object.entries(headers)) text += `${name}: ${value}\r\n`;
    if (i === list.length - 1) text += "connection: close\r\n";
    text += "\r\n";
  });
  await conn.write(enc.encode(text));
  let got = new Uint8Array(0);
  const buf = new Uint8Array(64 * 1024);
  let n;
  while ((n = await conn.read(buf)) !== null) {
    const more = new Uint8Array(got.length + n);
    more.set(got);
    more.set(buf.subarray(0, n), got.length);
    got = more;
  }
  conn.close();
  const answers = [];
  let at = 0;
  for (const { method = "GET" } of list) {
    const [answer, next] = parse(got, at, method === "HEAD");
    answers.push(answer);
    at = next;
  }
  return answers;
}

// One answer in bytes from at: [answer, where the next one starts].
function parse(bytes, at, headOnly) {
  let end = at;
  while (!(bytes[end] === 13 && bytes[end + 1] === 10 && bytes[end + 2] === 13 && bytes[end + 3] === 10)) {
    if (end >= bytes.length) throw new Error("no complete head in the answer");
    end++;
  }
  const lines = dec.decode(bytes.subarray(at, end)).split("\r\n");
  const status = lines[0];
  const headers = new Map();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  at = end + 4;
  const chunked = headers.get("transfer-encoding") === "chunked";
  if (headOnly || /^HTTP\/1\.1 (204|304)/.test(status)) return [{ status, headers, chunked, body: new Uint8Array(0) }, at];
  if (!chunked) {
    const length = Number(headers.get("content-length"));
    return [{ status, headers, chunked, body: bytes.slice(at, at + length) }, at + length];
  }
  const parts = [];
  for (;;) {
    const eol = bytes.indexOf(13, at);
    const size = parseInt(dec.decode(bytes.subarray(at, eol)), 16);
    at = eol + 2;
    if (size === 0) break;
    parts.push(bytes.slice(at, at + size));
    at += size + 2;
  }
  return [{ status, headers, chunked, body: join(parts) }, at + 2];
}

export function join(parts) {
  const all = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}

// The bytes gzip'd bytes stand for, through a DecompressionStream.
export async function gunzip(bytes) {
  const source = new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const stream = source.pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
