// assert { type: "bytes" } imports a file's bytes, undecoded, as a
// Uint8Array.
// expect: true 5
// expect: 0,255,65,10,195
import bytes from "./fixtures/data.bin" assert { type: "bytes" };
print(bytes instanceof Uint8Array, bytes.length);
print(Array.from(bytes).join(","));
