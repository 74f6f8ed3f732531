// text(), arrayBuffer() and bytes() each give a fresh copy: changing one
// changes neither the Blob nor the next read. Bytes given to the
// constructor are copied too. text() decodes UTF-8, a bad byte as U+FFFD.
// needs: globals
// expect: true true 3
// expect: 1,2,3 1,2,3
// expect: "h\ufffdi"
// expect: false
const src = new Uint8Array([1, 2, 3]);
const b = new Blob([src]);
src[0] = 9;
const ab = await b.arrayBuffer();
const u8 = await b.bytes();
print(ab instanceof ArrayBuffer, u8 instanceof Uint8Array, u8.length);
new Uint8Array(ab)[1] = 7;
u8[2] = 7;
print([...await b.bytes()].join(), [...new Uint8Array(await b.arrayBuffer())].join());
print(JSON.stringify(await new Blob([new Uint8Array([0x68, 0xff, 0x69])]).text()).replace("\ufffd", "\\ufffd"));
print(b.text() === b.text());
