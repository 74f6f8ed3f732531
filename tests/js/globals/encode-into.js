// encodeInto fills a buffer and says how much it read and wrote, never
// splitting a character.
// needs: globals
// expect: 3 5 97 226 130 172 98
const buf = new Uint8Array(5);
const r = new TextEncoder().encodeInto("a€b😀", buf);
print(r.read, r.written, Array.from(buf).join(" "));
