// With { stream: true } the byte order mark may come in pieces; it is
// dropped once, at the start, and a later U+FEFF is kept. A call without
// stream ends the stream, so the next call starts a new one.
// needs: globals
// expect: "" "" "a" "\ufeff"
// expect: "b"
const dec = new TextDecoder("utf-16le");
const parts = [[0xff], [0xfe], [0x61, 0x00], [0xff, 0xfe]];
print(...parts.map((p, i) => JSON.stringify(dec.decode(new Uint8Array(p), { stream: i < parts.length - 1 })).replace("\ufeff", "\\ufeff")));
print(JSON.stringify(dec.decode(new Uint8Array([0xff, 0xfe, 0x62, 0x00]))));
