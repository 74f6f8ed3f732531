// TextEncoderStream turns strings into UTF-8. A surrogate pair cut
// between two chunks is still one character (4 bytes); a high surrogate
// that no low one follows, in the same chunk, the next, or at the end,
// is U+FFFD (EF BF BD), and so is a low surrogate alone. Chunks that are
// not strings are converted to strings as WebIDL converts them; a chunk
// that cannot be (a symbol) errors the stream with a TypeError.
// needs: streams
// expect: pair in one chunk: f0 9f 98 80
// expect: pair cut between chunks: f0 9f 98 80
// expect: pair cut, empty chunk between: f0 9f 98 80
// expect: high then a letter: ef bf bd 61
// expect: high then another pair: ef bf bd f0 9f 98 80
// expect: high at the end: 61 ef bf bd
// expect: low alone: ef bf bd 62
// expect: multi-byte: 63 c3 a9 e2 82 ac
// expect: non-strings: 31 6e 75 6c 6c
// expect: encoding utf-8
// expect: symbol chunk: TypeError
import { concat, outcome, readAll, streamOf } from "./_bytes.js";

const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
const encode = async (chunks) => hex(concat(await readAll(streamOf(chunks).pipeThrough(new TextEncoderStream()))));
const smile = "\u{1f600}";
const cases = [
  ["pair in one chunk", [smile]],
  ["pair cut between chunks", [smile[0], smile[1]]],
  ["pair cut, empty chunk between", [smile[0], "", smile[1]]],
  ["high then a letter", [smile[0], "a"]],
  ["high then another pair", [smile[0], smile]],
  ["high at the end", ["a", smile[0]]],
  ["low alone", [smile[1] + "b"]],
  ["multi-byte", ["cé", "€"]],
  ["non-strings", [1, null]],
];
for (const [label, chunks] of cases) print(`${label}: ${await encode(chunks)}`);
print(`encoding ${new TextEncoderStream().encoding}`);
print(`symbol chunk: ${(await outcome(encode([Symbol("x")]))).split(":")[0]}`);
