// needs: streams inspect
// console.log shows a stream's public state, as Deno does, never the
// internal slots the standard's algorithms keep under symbols.
const rs = new ReadableStream();
console.log(rs);
const reader = rs.getReader();
console.log(rs.locked, reader);
console.log(new WritableStream().getWriter());
console.log(new CountQueuingStrategy({ highWaterMark: 3 }));
new ReadableStream({ type: "bytes", start(c) { console.log(c); } });
console.log(new TextEncoderStream().writable);
const text = Toy.inspect(new TransformStream());
console.log(text.includes("Symbol("), text.split("\n")[0]);
// expect: ReadableStream {
// expect:   locked: false,
// expect:   state: 'readable',
// expect:   supportsBYOB: false
// expect: }
// expect: true ReadableStreamDefaultReader { closed: Promise { <pending> } }
// expect: WritableStreamDefaultWriter {
// expect:   closed: Promise { <pending> },
// expect:   desiredSize: 1,
// expect:   ready: Promise { undefined }
// expect: }
// expect: CountQueuingStrategy { highWaterMark: 3, size: [Function: size] }
// expect: ReadableByteStreamController { desiredSize: 0 }
// expect: WritableStream { locked: false }
// expect: false TransformStream {
