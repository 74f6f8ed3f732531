// UTF-16LE: each pair of bytes is one code unit, low byte first; a pair
// of surrogates is one character. "utf-16" and "unicode" name it too.
// needs: globals
// expect: utf-16le hé€😀 5
// expect: utf-16le utf-16le utf-16le
const dec = new TextDecoder("utf-16le");
const text = dec.decode(new Uint8Array([0x68, 0x00, 0xe9, 0x00, 0xac, 0x20, 0x3d, 0xd8, 0x00, 0xde]));
print(dec.encoding, text, text.length);
print(new TextDecoder("utf-16").encoding, new TextDecoder("unicode").encoding, new TextDecoder("UCS-2").encoding);
