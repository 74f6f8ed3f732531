// TextDecoder reads UTF-8; ill-formed bytes become U+FFFD.
// needs: globals
// expect: utf-8 hé😀
// expect: "a�b�"
// expect:  A
const dec = new TextDecoder();
print(dec.encoding, dec.decode(new Uint8Array([104, 195, 169, 240, 159, 152, 128])));
print(JSON.stringify(dec.decode(new Uint8Array([0x61, 0xff, 0x62, 0xe2, 0x82]))));
print(dec.decode(), dec.decode(new Uint8Array([0x41]).buffer));
