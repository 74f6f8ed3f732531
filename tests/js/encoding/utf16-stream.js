// Streaming UTF-16: a code unit cut after its first byte, and a
// surrogate pair cut between its halves, wait for the next call; an
// odd byte left at the end is U+FFFD.
// needs: globals
// expect: "" "" "😀" "a"
// expect: "" "€"
// expect: "x\ufffd"
const dec = new TextDecoder("utf-16le");
const parts = [[0x3d], [0xd8, 0x00], [0xde, 0x61], [0x00]];
print(...parts.map((p, i) => JSON.stringify(dec.decode(new Uint8Array(p), { stream: i < parts.length - 1 }))));
const be = new TextDecoder("utf-16be");
print(JSON.stringify(be.decode(new Uint8Array([0x20]), { stream: true })), JSON.stringify(be.decode(new Uint8Array([0xac]))));
print(JSON.stringify(new TextDecoder("utf-16le").decode(new Uint8Array([0x78, 0x00, 0x79]))).replace("\ufffd", "\\ufffd"));
