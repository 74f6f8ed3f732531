// A bytes argument takes a Uint8Array and nothing else: not other typed
// arrays (even Uint8ClampedArray), not a DataView, an ArrayBuffer, an
// array or a string. The TypeError is thrown at the call, even though
// op_crc32 is async: a bad call is the caller's bug, not a rejection.
// needs: ops
// expect: Uint16Array TypeError: op_crc32: argument 1 must be a Uint8Array, got object
// expect: Int8Array TypeError: op_crc32: argument 1 must be a Uint8Array, got object
// expect: Uint8ClampedArray TypeError: op_crc32: argument 1 must be a Uint8Array, got object
// expect: DataView TypeError: op_crc32: argument 1 must be a Uint8Array, got object
// expect: ArrayBuffer TypeError: op_crc32: argument 1 must be a Uint8Array, got object
// expect: Array TypeError: op_crc32: argument 1 must be a Uint8Array, got object
// expect: String TypeError: op_crc32: argument 1 must be a Uint8Array, got string
// expect: Uint8Array ok
const { op_crc32 } = Toy.core.ops;
const buffer = new ArrayBuffer(4);
for (const value of [
  new Uint16Array(2), new Int8Array(4), new Uint8ClampedArray(4),
  new DataView(buffer), buffer, [1, 2, 3], "abc", new Uint8Array(buffer),
]) {
  const kind = value.constructor.name;
  try {
    const result = op_crc32(value);
    print(kind, result instanceof Promise ? "ok" : "not a promise");
  } catch (e) {
    print(kind, String(e));
  }
}
