// TextEncoder turns a string into UTF-8 bytes; a lone surrogate is U+FFFD.
// needs: globals
// expect: utf-8 97 195 169 226 130 172 240 159 152 128
// expect: 239 191 189 0
const enc = new TextEncoder();
print(enc.encoding, Array.from(enc.encode("aé€😀")).join(" "));
print(Array.from(enc.encode("\ud800")).join(" "), enc.encode().length);
