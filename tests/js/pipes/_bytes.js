// Shared by the pipes tests (not a test itself): bytes that are not all
// alike, so a chunk lost, doubled or moved shows in a comparison.
export function pattern(size, seed = 1) {
  const bytes = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    bytes[i] = x & 255;
  }
  return bytes;
}

// The first index where a and b differ, or -1 when they are equal.
export function firstDifference(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

// The names of the open resources other than the standard streams.
export function openResources() {
  return Object.entries(Toy.resources())
    .filter(([rid]) => Number(rid) > 2)
    .map(([, name]) => name)
    .join(",") || "none";
}

// Every chunk a stream gives, read with a reader to the end.
export async function readChunks(stream) {
  const reader = stream.getReader();
  const chunks = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}

// Everything a stream of bytes gives, as text.
export async function readText(stream) {
  const decoder = new TextDecoder();
  let text = "";
  for (const chunk of await readChunks(stream)) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

// Everything a stream of bytes gives, in one Uint8Array.
export async function readBytes(stream) {
  const chunks = await readChunks(stream);
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}
