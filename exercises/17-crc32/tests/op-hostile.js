// op_crc32_update takes whatever a script hands it: a CRC that is not a
// number, bytes that are not a Uint8Array (a string, an ArrayBuffer, a
// DataView, an array of numbers), missing arguments. Each is a thrown
// TypeError, never a crash. A Uint8Array whose buffer was detached has
// no bytes: the CRC comes back as it was. A Uint8Array over part of a
// buffer counts only the bytes it shows.
// needs: streams
// expect: crc string: TypeError
// expect: crc object: TypeError
// expect: crc missing: TypeError
// expect: bytes string: TypeError
// expect: bytes ArrayBuffer: TypeError
// expect: bytes DataView: TypeError
// expect: bytes array: TypeError
// expect: bytes missing: TypeError
// expect: detached: cbf43926
// expect: view: cbf43926
import { bytes, hex } from "./_crc.js";
const { op_crc32_update } = Toy.core.ops;
function attempt(label, fn) {
  try {
    print(`${label}: ${hex(fn())}`);
  } catch (e) {
    print(`${label}: ${e.name}`);
  }
}
const some = bytes("123456789");
attempt("crc string", () => op_crc32_update("0", some));
attempt("crc object", () => op_crc32_update({ valueOf: () => 0 }, some));
attempt("crc missing", () => op_crc32_update());
attempt("bytes string", () => op_crc32_update(0, "123456789"));
attempt("bytes ArrayBuffer", () => op_crc32_update(0, some.buffer));
attempt("bytes DataView", () => op_crc32_update(0, new DataView(some.buffer)));
attempt("bytes array", () => op_crc32_update(0, [1, 2, 3]));
attempt("bytes missing", () => op_crc32_update(0));
const gone = new Uint8Array(64).fill(0x61);
gone.buffer.transfer();
attempt("detached", () => op_crc32_update(0xcbf43926, gone));
attempt("view", () => op_crc32_update(0, bytes("xx123456789yy").subarray(2, 11)));
