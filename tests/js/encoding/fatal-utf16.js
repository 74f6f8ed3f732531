// fatal in UTF-16: an odd byte at the end of the input, or a lone
// surrogate, is a TypeError; an odd byte in the middle of a stream is not.
// needs: globals
// expect: TypeError TypeError
// expect: "" "\u0000"
const dec = new TextDecoder("utf-16le", { fatal: true });
const names = [];
for (const bytes of [[0x00], [0x00, 0xdc]]) {
  try {
    dec.decode(new Uint8Array(bytes));
  } catch (e) {
    names.push(e.name);
  }
}
print(...names);
print(JSON.stringify(dec.decode(new Uint8Array([0]), { stream: true })), JSON.stringify(dec.decode(new Uint8Array([0]))).replace("\u0000", "\\u0000"));
