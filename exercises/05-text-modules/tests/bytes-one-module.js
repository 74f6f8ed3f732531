// One URL imported as bytes is one module, however many modules import
// it, and import() finds the same one: everyone gets the same Uint8Array.
// expect: true
// expect: true
// expect: 7
import bytes from "./fixtures/data.bin" assert { type: "bytes" };
import { bytes as theirs } from "./fixtures/bytes-user.js";
const ns = await import("./fixtures/data.bin", { assert: { type: "bytes" } });
print(bytes === theirs);
print(ns.default === bytes);
bytes[0] = 7;
print(theirs[0]);
