// A Uint8Array may be a view of part of a buffer: only the bytes it sees
// are hashed (here "abc", in the middle of a larger buffer).
// expect: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
const hex = (d) => Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
const buffer = new Uint8Array([0x78, 0x78, 0x61, 0x62, 0x63, 0x78, 0x78, 0x78]);
Toy.digest(buffer.subarray(2, 5)).then((d) => print(hex(d)));
