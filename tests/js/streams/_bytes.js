// Helpers for the compression and text stream tests (not a test: its
// name starts with "_"): streams of given chunks, whole outputs, and
// how a promise ended, as one printable line.

// One Uint8Array of all the pieces, in order.
export function concat(pieces) {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

// bytes cut into pieces of size bytes (the last one shorter).
export function cut(bytes, size) {
  const pieces = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
  return pieces;
}

// A ReadableStream that gives the chunks one by one, as they are pulled.
export function streamOf(chunks) {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
  });
}

// Every chunk a readable gives, until it closes.
export async function readAll(readable) {
  const reader = readable.getReader();
  const chunks = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}

// The chunks through a transform (a CompressionStream, say), as one array.
export async function through(transform, chunks) {
  return concat(await readAll(streamOf(chunks).pipeThrough(transform)));
}

// "ok", or the error's class and message.
export async function outcome(promise) {
  try {
    await promise;
    return "ok";
  } catch (e) {
    return `${e?.name}: ${e?.message}`;
  }
}

// The zlib streams open now, by name (Toy.resources() past stdio).
export function zlibStreams() {
  const names = Object.values(Toy.resources()).filter((n) => /compressionStream$/.test(n));
  return names.length === 0 ? "none" : names.join(",");
}

// Same length, same bytes.
export function same(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
