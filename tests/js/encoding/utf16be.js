// UTF-16BE: the high byte of each code unit comes first.
// needs: globals
// expect: utf-16be hé€😀
// expect: utf-16be
const dec = new TextDecoder("utf-16be");
print(dec.encoding, dec.decode(new Uint8Array([0x00, 0x68, 0x00, 0xe9, 0x20, 0xac, 0xd8, 0x3d, 0xde, 0x00])));
print(new TextDecoder("UnicodeFFFE").encoding);
