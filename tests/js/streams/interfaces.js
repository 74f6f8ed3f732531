// The classes have WebIDL's shape: methods and getters on the prototype,
// enumerable, with the length the standard's IDL gives (required
// arguments only); Symbol.toStringTag names the class; the globals are
// writable and configurable but not enumerable.
// needs: streams
// expect: ReadableStream 0 cancel:0 getReader:0 pipeThrough:1 pipeTo:1 tee:0 values:0 from:1
// expect: ReadableStreamBYOBReader 1 read:1 releaseLock:0 cancel:0
// expect: ReadableStreamDefaultController enqueue:0 close:0 error:0
// expect: ReadableByteStreamController enqueue:1
// expect: ReadableStreamBYOBRequest respond:1 respondWithNewView:1
// expect: WritableStreamDefaultWriter 1 write:0 abort:0
// expect: all enumerable true
// expect: tags ReadableStream,WritableStream,TransformStream,ReadableStreamDefaultReader
// expect: global not enumerable true
const lens = (C, names) => names.map((n) => `${n}:${(C.prototype[n] ?? C[n]).length}`).join(" ");
print("ReadableStream", ReadableStream.length, lens(ReadableStream, ["cancel", "getReader", "pipeThrough", "pipeTo", "tee", "values", "from"]));
print("ReadableStreamBYOBReader", ReadableStreamBYOBReader.length, lens(ReadableStreamBYOBReader, ["read", "releaseLock", "cancel"]));
print("ReadableStreamDefaultController", lens(ReadableStreamDefaultController, ["enqueue", "close", "error"]));
print("ReadableByteStreamController", lens(ReadableByteStreamController, ["enqueue"]));
print("ReadableStreamBYOBRequest", lens(ReadableStreamBYOBRequest, ["respond", "respondWithNewView"]));
print("WritableStreamDefaultWriter", WritableStreamDefaultWriter.length, lens(WritableStreamDefaultWriter, ["write", "abort"]));
let allEnumerable = true;
for (const C of [ReadableStream, ReadableStreamDefaultReader, WritableStream, WritableStreamDefaultWriter,
                 TransformStream, TransformStreamDefaultController, CountQueuingStrategy]) {
  for (const key of Object.getOwnPropertyNames(C.prototype)) {
    if (key === "constructor") continue;
    if (!Object.getOwnPropertyDescriptor(C.prototype, key).enumerable) allEnumerable = false;
  }
}
print("all enumerable", allEnumerable);
const tag = (x) => Object.prototype.toString.call(x).slice(8, -1);
const rs = new ReadableStream();
print("tags", [rs, new WritableStream(), new TransformStream(), rs.getReader()].map(tag).join(","));
const d = Object.getOwnPropertyDescriptor(globalThis, "ReadableStream");
print("global not enumerable", !d.enumerable && d.writable && d.configurable);
