// What decode was given is copied, never kept: changing the buffer after
// a streaming call does not change what the next call decodes.
// needs: globals
// expect: "" "€"
const first = new Uint8Array([0xe2, 0x82]);
const dec = new TextDecoder();
const a = dec.decode(first, { stream: true });
first.set([0x41, 0x41]);
print(JSON.stringify(a), JSON.stringify(dec.decode(new Uint8Array([0xac]))));
