// TextDecoderStream's options: without fatal, a byte that cannot be UTF-8
// is U+FFFD and the stream goes on; with fatal, it is a TypeError that
// errors the stream, and so is a sequence still unfinished at the end. A
// byte order mark at the start is dropped, even cut between chunks,
// unless ignoreBOM keeps it. Labels are the Encoding standard's (latin1
// is windows-1252); an unknown one is a RangeError. A chunk that is not
// a BufferSource is a TypeError.
// needs: streams
// expect: replacement: "a\ufffdb\ufffd"
// expect: fatal, bad byte: TypeError
// expect: fatal, unfinished at the end: TypeError
// expect: fatal, valid: "aé"
// expect: BOM dropped: "x"
// expect: BOM cut between chunks, dropped: "x"
// expect: BOM kept with ignoreBOM: "\ufeffx"
// expect: label unicode-1-1-utf-8: utf-8 fatal true ignoreBOM true
// expect: label latin1: windows-1252
// expect: label utf-7: RangeError
// expect: string chunk: TypeError
// expect: fatal getter on another object: TypeError
import { outcome, readAll, streamOf } from "./_bytes.js";

const decode = async (chunks, label, options) =>
  JSON.stringify((await readAll(streamOf(chunks).pipeThrough(new TextDecoderStream(label, options)))).join(""))
    .replace(/[\ufffd\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
const u8 = (...b) => new Uint8Array(b);
const name = async (promise) => (await outcome(promise)).split(":")[0];

print(`replacement: ${await decode([u8(0x61, 0xff, 0x62), u8(0xe2, 0x82)])}`);
print(`fatal, bad byte: ${await name(decode([u8(0x61), u8(0xff)], "utf-8", { fatal: true }))}`);
print(`fatal, unfinished at the end: ${await name(decode([u8(0x61, 0xc3)], "utf-8", { fatal: true }))}`);
print(`fatal, valid: ${await decode([u8(0x61, 0xc3), u8(0xa9)], "utf-8", { fatal: true })}`);
print(`BOM dropped: ${await decode([u8(0xef, 0xbb, 0xbf, 0x78)])}`);
print(`BOM cut between chunks, dropped: ${await decode([u8(0xef), u8(0xbb), u8(0xbf, 0x78)])}`);
print(`BOM kept with ignoreBOM: ${await decode([u8(0xef, 0xbb, 0xbf, 0x78)], "utf-8", { ignoreBOM: true })}`);
const labelled = new TextDecoderStream(" Unicode-1-1-UTF-8 ", { fatal: 1, ignoreBOM: "yes" });
print(`label unicode-1-1-utf-8: ${labelled.encoding} fatal ${labelled.fatal} ignoreBOM ${labelled.ignoreBOM}`);
print(`label latin1: ${new TextDecoderStream("latin1").encoding}`);
try {
  new TextDecoderStream("utf-7");
  print("label utf-7: accepted");
} catch (e) {
  print(`label utf-7: ${e.name}`);
}
print(`string chunk: ${await name(decode(["abc"]))}`);
const fatal = Object.getOwnPropertyDescriptor(TextDecoderStream.prototype, "fatal").get;
try {
  fatal.call(new TextEncoderStream());
  print("fatal getter on another object: no error");
} catch (e) {
  print(`fatal getter on another object: ${e.name}`);
}
