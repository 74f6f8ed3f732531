// Toy.digest(bytes) returns a promise of the SHA-256 of bytes: a
// Uint8Array of 32 bytes (FIPS 180-4's example "abc").
// expect: true
// expect: true 32
// expect: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
const hex = (d) => Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
const p = Toy.digest(new Uint8Array([0x61, 0x62, 0x63]));
print(p instanceof Promise);
p.then((d) => {
  print(d instanceof Uint8Array, d.length);
  print(hex(d));
});
