// Helpers for the Crc32Stream tests (not a test itself).
const encoder = new TextEncoder();

// The bytes of an ASCII or UTF-8 string.
export const bytes = (text) => encoder.encode(text);

// A CRC as eight hex digits, as zlib's tools and the PNG spec print it.
export const hex = (crc) => typeof crc === "number" ? crc.toString(16).padStart(8, "0") : `not a number: ${crc}`;

// Runs chunks through a new Crc32Stream into a sink that keeps them;
// returns the CRC its digest promised and the chunks that came out.
export async function crc(chunks) {
  const stream = new Crc32Stream();
  const out = [];
  await ReadableStream.from(chunks).pipeThrough(stream)
    .pipeTo(new WritableStream({ write(chunk) { out.push(chunk); } }));
  return { crc: await stream.digest, out };
}
