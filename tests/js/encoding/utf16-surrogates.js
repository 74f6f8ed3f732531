// A surrogate without its other half is U+FFFD in UTF-16, and the code
// unit that broke the pair is decoded on its own; with fatal it is a
// TypeError.
// needs: globals
// expect: 61 fffd 62
// expect: fffd 61
// expect: 61 fffd
// expect: TypeError The encoded data is not valid.
const hex = (s) => Array.from(s, (c) => c.charCodeAt(0).toString(16)).join(" ");
const dec = new TextDecoder("utf-16le");
print(hex(dec.decode(new Uint8Array([0x61, 0x00, 0x00, 0xdc, 0x62, 0x00]))));  // a trail alone
print(hex(dec.decode(new Uint8Array([0x00, 0xd8, 0x61, 0x00]))));              // a lead, then "a"
print(hex(dec.decode(new Uint8Array([0x61, 0x00, 0x00, 0xd8]))));              // a lead at the end
try {
  new TextDecoder("utf-16be", { fatal: true }).decode(new Uint8Array([0xdc, 0x00]));
} catch (e) {
  print(e.name, e.message);
}
