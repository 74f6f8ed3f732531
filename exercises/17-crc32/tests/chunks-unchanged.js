// The chunks come out as they went in: the same objects, in the same
// order, whatever kind of BufferSource they are (an ArrayBuffer, a
// Uint8Array over part of a buffer, a DataView, a Uint16Array). Only the
// bytes each one shows are counted: those of "123456789" here, spread
// over the four.
// needs: streams
// expect: 4 chunks out, the same objects: true
// expect: kinds ArrayBuffer Uint8Array DataView Uint16Array
// expect: crc cbf43926
import { bytes, crc, hex } from "./_crc.js";
const padded = bytes("xx345yy");
const chunks = [
  bytes("12").buffer,                                        // "12"
  padded.subarray(2, 5),                                     // "345"
  new DataView(bytes("xx67").buffer, 2),                     // "67"
  new Uint16Array(bytes("89").buffer),                       // "89"
];
const { crc: value, out } = await crc(chunks);
print(`${out.length} chunks out, the same objects: ${out.every((chunk, i) => chunk === chunks[i])}`);
print("kinds", ...out.map((chunk) => chunk.constructor.name));
print("crc", hex(value));
