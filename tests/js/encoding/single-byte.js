// The legacy single-byte encodings decode by the standard's indexes.
// needs: globals
// expect: €‚ƒ„
// expect: Привет
// expect: Żółć
// expect: πφ
// expect: f780 f7ff
const dec = (label, bytes) => new TextDecoder(label).decode(new Uint8Array(bytes));
print(dec("windows-1252", [0x80, 0x82, 0x83, 0x84]));
print(dec("koi8-r", [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]));
print(dec("iso-8859-2", [0xaf, 0xf3, 0xb3, 0xe6]));
print(dec("windows-1253", [0xf0, 0xf6]));
print(Array.from(dec("x-user-defined", [0x80, 0xff]), (c) => c.charCodeAt(0).toString(16)).join(" "));
