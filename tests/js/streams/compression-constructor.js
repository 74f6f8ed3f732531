// The constructors take one of the standard's three formats, converted as
// WebIDL converts an enum (so an object whose toString gives "gzip" will
// do); anything else, or no argument, is a TypeError, and so is calling
// them without new. readable and writable are a ReadableStream and a
// WritableStream, the same ones each time, and their getters work only
// on the class's own objects. As WebIDL shapes an interface, the getters
// of all four classes (the text streams' too) are enumerable, each
// constructor's length counts its required arguments, and the globals are
// not enumerable.
// needs: streams
// expect: CompressionStream("gzip") ok
// expect: CompressionStream("deflate") ok
// expect: CompressionStream("deflate-raw") ok
// expect: CompressionStream("brotli") TypeError
// expect: CompressionStream("GZIP") TypeError
// expect: CompressionStream("") TypeError
// expect: CompressionStream() TypeError
// expect: CompressionStream(undefined) TypeError
// expect: CompressionStream(toString gzip) ok
// expect: CompressionStream(symbol) TypeError
// expect: DecompressionStream("gzip") ok
// expect: DecompressionStream("deflate") ok
// expect: DecompressionStream("deflate-raw") ok
// expect: DecompressionStream("brotli") TypeError
// expect: DecompressionStream("GZIP") TypeError
// expect: DecompressionStream("") TypeError
// expect: DecompressionStream() TypeError
// expect: DecompressionStream(undefined) TypeError
// expect: DecompressionStream(toString gzip) ok
// expect: DecompressionStream(symbol) TypeError
// expect: without new: TypeError TypeError
// expect: readable ReadableStream true, writable WritableStream true, same each time true
// expect: readable of another object: TypeError
// expect: writable of a DecompressionStream through CompressionStream's getter: TypeError
// expect: [object CompressionStream] [object DecompressionStream]
// expect: enumerable: readable,writable | readable,writable | encoding,readable,writable | encoding,fatal,ignoreBOM,readable,writable
// expect: lengths 1 1 0 0, globals enumerable false
const name = (e) => e?.name ?? typeof e;
for (const Class of [CompressionStream, DecompressionStream]) {
  const args = [
    ['"gzip"', ["gzip"]], ['"deflate"', ["deflate"]], ['"deflate-raw"', ["deflate-raw"]],
    ['"brotli"', ["brotli"]], ['"GZIP"', ["GZIP"]], ['""', [""]], ["", []], ["undefined", [undefined]],
    ["toString gzip", [{ toString: () => "gzip" }]], ["symbol", [Symbol("gzip")]],
  ];
  for (const [label, list] of args) {
    try {
      new Class(...list);
      print(`${Class.name}(${label}) ok`);
    } catch (e) {
      print(`${Class.name}(${label}) ${name(e)}`);
    }
  }
}
const attempt = (fn) => {
  try {
    fn();
    return "no error";
  } catch (e) {
    return name(e);
  }
};
print(`without new: ${attempt(() => CompressionStream("gzip"))} ${attempt(() => DecompressionStream("gzip"))}`);
const cs = new CompressionStream("gzip");
const ds = new DecompressionStream("gzip");
print(`readable ${cs.readable.constructor.name} ${cs.readable instanceof ReadableStream}, ` +
  `writable ${cs.writable.constructor.name} ${cs.writable instanceof WritableStream}, ` +
  `same each time ${cs.readable === cs.readable && ds.writable === ds.writable}`);
const readable = Object.getOwnPropertyDescriptor(CompressionStream.prototype, "readable").get;
const writable = Object.getOwnPropertyDescriptor(CompressionStream.prototype, "writable").get;
print(`readable of another object: ${attempt(() => readable.call({}))}`);
print(`writable of a DecompressionStream through CompressionStream's getter: ${attempt(() => writable.call(ds))}`);
print(`${Object.prototype.toString.call(cs)} ${Object.prototype.toString.call(ds)}`);
const classes = [CompressionStream, DecompressionStream, TextEncoderStream, TextDecoderStream];
print(`enumerable: ${classes.map((c) => Object.keys(c.prototype).join(",")).join(" | ")}`);
print(`lengths ${classes.map((c) => c.length).join(" ")}, globals enumerable ` +
  `${classes.some((c) => Object.getOwnPropertyDescriptor(globalThis, c.name).enumerable)}`);
