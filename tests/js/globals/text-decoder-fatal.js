// fatal: true makes ill-formed input a TypeError.
// needs: globals
// expect: true
// expect: TypeError The encoded data is not valid.
// expect: é
const dec = new TextDecoder("utf-8", { fatal: true });
print(dec.fatal);
try {
  dec.decode(new Uint8Array([0xc3]));
} catch (e) {
  print(e.name, e.message);
}
print(dec.decode(new Uint8Array([0xc3, 0xa9])));
