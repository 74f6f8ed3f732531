// The zlib ops take whatever a script hands them: a format that is not a
// string or not a format, a rid that is closed, of another kind or not
// a number, bytes that are not a Uint8Array, and calls in an order the
// JS classes never make (a write after finish, a finish twice, a stream
// used again after its data was found corrupt). Each is a thrown error,
// never a crash; a failed stream stays failed, and closing it works.
// needs: streams
// expect: format number: TypeError
// expect: format object: TypeError
// expect: format missing: TypeError
// expect: format with NUL: TypeError Unsupported compression format: expected "deflate", "deflate-raw" or "gzip"
// expect: format upper case: TypeError Unsupported compression format: expected "deflate", "deflate-raw" or "gzip"
// expect: direction not boolean: TypeError
// expect: rid stdin: BadResource Bad resource ID
// expect: rid not open: BadResource Bad resource ID
// expect: rid NaN: TypeError
// expect: rid -1: TypeError
// expect: rid 2**32: TypeError
// expect: rid string: TypeError
// expect: rid other kind: BadResource Bad resource ID
// expect: zlib rid to the http parser: BadResource Bad resource ID
// expect: bytes ArrayBuffer: TypeError
// expect: bytes Int8Array: TypeError
// expect: bytes DataView: TypeError
// expect: bytes string: TypeError
// expect: finish twice: 0 bytes
// expect: write after finish: TypeError The stream is finished: it takes no more data
// expect: empty write after finish: 0 bytes
// expect: corrupt: TypeError Invalid compressed data: incorrect header check
// expect: write after corrupt: TypeError Invalid compressed data: incorrect header check
// expect: finish after corrupt: TypeError Invalid compressed data: incorrect header check
// expect: preset dictionary: TypeError Invalid compressed data: a preset dictionary is not supported
// expect: finish before any data: TypeError Invalid compressed data: it stops before the end of the stream
// expect: closed twice: BadResource Bad resource ID
// expect: write after close: BadResource Bad resource ID
// expect: left open: none
const ops = Toy.core.ops;
const EMPTY = new Uint8Array(0);

function attempt(label, fn) {
  try {
    const result = fn();
    print(`${label}: ${result instanceof Uint8Array ? `${result.length} bytes` : typeof result}`);
  } catch (e) {
    // The bridge's own messages name the op and the argument; ours are
    // printed whole.
    const ours = !/^op_compression_\w+: argument/.test(e.message);
    print(`${label}: ${e.name}${ours ? " " + e.message : ""}`);
  }
}

attempt("format number", () => ops.op_compression_new(1, false));
attempt("format object", () => ops.op_compression_new({ toString: () => "gzip" }, false));
attempt("format missing", () => ops.op_compression_new());
attempt("format with NUL", () => ops.op_compression_new("gzip\0", false));
attempt("format upper case", () => ops.op_compression_new("GZIP", true));
attempt("direction not boolean", () => ops.op_compression_new("gzip", 1));

const rid = ops.op_compression_new("gzip", true);
attempt("rid stdin", () => ops.op_compression_write(0, EMPTY));
attempt("rid not open", () => ops.op_compression_write(rid + 1000, EMPTY));
attempt("rid NaN", () => ops.op_compression_write(NaN, EMPTY));
attempt("rid -1", () => ops.op_compression_write(-1, EMPTY));
attempt("rid 2**32", () => ops.op_compression_finish(2 ** 32 + rid));
attempt("rid string", () => ops.op_compression_write(String(rid), EMPTY));
const parser = ops.op_http_parser_new();
attempt("rid other kind", () => ops.op_compression_write(parser, EMPTY));
attempt("zlib rid to the http parser", () => ops.op_http_parse(rid, EMPTY, new Uint8Array(64)));
Toy.close(parser);
attempt("bytes ArrayBuffer", () => ops.op_compression_write(rid, new ArrayBuffer(4)));
attempt("bytes Int8Array", () => ops.op_compression_write(rid, new Int8Array(4)));
attempt("bytes DataView", () => ops.op_compression_write(rid, new DataView(new ArrayBuffer(4))));
attempt("bytes string", () => ops.op_compression_write(rid, "\x1f\x8b"));
Toy.close(rid);

const c = ops.op_compression_new("deflate", false);
while (ops.op_compression_finish(c).length > 0);
attempt("finish twice", () => ops.op_compression_finish(c));
attempt("write after finish", () => ops.op_compression_write(c, new Uint8Array(1)));
attempt("empty write after finish", () => ops.op_compression_write(c, EMPTY));
Toy.close(c);

const d = ops.op_compression_new("deflate", true);
attempt("corrupt", () => ops.op_compression_write(d, new Uint8Array([1, 2, 3, 4])));
attempt("write after corrupt", () => ops.op_compression_write(d, EMPTY));
attempt("finish after corrupt", () => ops.op_compression_finish(d));
Toy.close(d);

// A zlib header with FDICT set (0x78 0xbb: the check bits hold): the
// standard does not support preset dictionaries.
const dict = ops.op_compression_new("deflate", true);
attempt("preset dictionary", () => ops.op_compression_write(dict, new Uint8Array([0x78, 0xbb, 0, 0, 0, 1])));
Toy.close(dict);

const early = ops.op_compression_new("deflate-raw", true);
attempt("finish before any data", () => ops.op_compression_finish(early));
Toy.close(early);
attempt("closed twice", () => Toy.close(early));
attempt("write after close", () => ops.op_compression_write(early, EMPTY));
print(`left open: ${Object.values(Toy.resources()).slice(3).join(",") || "none"}`);
