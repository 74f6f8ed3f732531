// gb18030's four-byte sequences reach every code point through the
// ranges index, and may come one byte per call when streaming.
// needs: globals
// expect: 80 10000 e7c7
// expect: "" "" "" "80"
const hex = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(" ");
const dec = new TextDecoder("gb18030");
print(hex(dec.decode(new Uint8Array([0x81, 0x30, 0x81, 0x30, 0x90, 0x30, 0x81, 0x30, 0x81, 0x35, 0xf4, 0x37]))));
const parts = [[0x81], [0x30], [0x81], [0x30]];
print(...parts.map((p) => JSON.stringify(hex(dec.decode(new Uint8Array(p), { stream: true })))));
