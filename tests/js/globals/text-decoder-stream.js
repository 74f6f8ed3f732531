// With { stream: true } a character split between calls is kept whole.
// needs: globals
// expect: €😀 3
const dec = new TextDecoder();
const bytes = new TextEncoder().encode("€😀");
let out = "";
for (const b of bytes) out += dec.decode(new Uint8Array([b]), { stream: true });
out += dec.decode();
print(out, out.length);
