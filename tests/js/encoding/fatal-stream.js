// A fatal error ends the call, but not the stream: the bytes after the
// invalid ones are decoded by the next call that continues it, as the
// standard's decoder leaves them in its queue. A call that starts a new
// stream drops them.
// needs: globals
// expect: TypeError
// expect: "BC" "D"
// expect: TypeError
// expect: "x"
const dec = new TextDecoder("utf-8", { fatal: true });
try {
  dec.decode(new Uint8Array([0x41, 0xff, 0x42, 0x43]), { stream: true });
} catch (e) {
  print(e.name);
}
print(JSON.stringify(dec.decode(new Uint8Array([]), { stream: true })), JSON.stringify(dec.decode(new Uint8Array([0x44]))));
try {
  dec.decode(new Uint8Array([0xff, 0x42]));
} catch (e) {
  print(e.name);
}
print(JSON.stringify(dec.decode(new Uint8Array([0x78]))));
