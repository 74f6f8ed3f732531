// The byte order mark is dropped only when it is the one of the decoder's
// own encoding, and only at the start of a stream: FF FE for UTF-16LE,
// FE FF for UTF-16BE. ignoreBOM keeps it.
// needs: globals
// expect: 1 2
// expect: 1 2
// expect: feff 61
// expect: fffe 61
const hex = (s) => Array.from(s, (c) => c.charCodeAt(0).toString(16)).join(" ");
const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00]);
const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61]);
print(new TextDecoder("utf-16le").decode(le).length, new TextDecoder("utf-16le", { ignoreBOM: true }).decode(le).length);
print(new TextDecoder("utf-16be").decode(be).length, new TextDecoder("utf-16be", { ignoreBOM: true }).decode(be).length);
print(hex(new TextDecoder("utf-16le", { ignoreBOM: true }).decode(le)));
print(hex(new TextDecoder("utf-16le").decode(new Uint8Array([0xfe, 0xff, 0x61, 0x00]))));
