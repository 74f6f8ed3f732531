// TextDecoderStream decodes as it goes: a UTF-8 sequence cut between
// chunks waits for its last byte. Text of 1-, 2-, 3- and 4-byte
// characters comes back whole when cut into two chunks at every byte,
// when every byte is a chunk of its own, and when the chunks are
// ArrayBuffers, DataViews or views of a SharedArrayBuffer.
// needs: streams
// expect: cut in two at each of 19 places: all equal true
// expect: one byte a chunk: equal true, chunks out 7
// expect: ArrayBuffer, DataView and shared chunks: equal true
import { readAll, streamOf } from "./_bytes.js";

const text = "aé€😀b\u0800\u{10ffff}";
const bytes = new TextEncoder().encode(text);
const decode = async (chunks) => (await readAll(streamOf(chunks).pipeThrough(new TextDecoderStream())));

let equal = true;
for (let at = 0; at <= bytes.length; at++) {
  equal &&= (await decode([bytes.slice(0, at), bytes.slice(at)])).join("") === text;
}
print(`cut in two at each of ${bytes.length + 1} places: all equal ${equal}`);

// Each chunk out is the one character its byte finished: 7 characters,
// the two surrogates of an astral one together.
const bytewise = await decode(Array.from(bytes, (b) => new Uint8Array([b])));
print(`one byte a chunk: equal ${bytewise.join("") === text}, chunks out ${bytewise.length}`);

const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
shared.set(bytes);
const kinds = [bytes.slice(0, 3).buffer, new DataView(bytes.slice(3, 9).buffer), shared.subarray(9)];
print(`ArrayBuffer, DataView and shared chunks: equal ${(await decode(kinds)).join("") === text}`);
