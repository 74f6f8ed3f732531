// A leading byte order mark is dropped unless ignoreBOM asks to keep it.
// needs: globals
// expect: 2 3
const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]);
print(new TextDecoder().decode(bytes).length, new TextDecoder("utf8", { ignoreBOM: true }).decode(bytes).length);
