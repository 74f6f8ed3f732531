// WebIDL brand checks: every method and getter called on an object that
// is not of its class throws a TypeError, or, where the method returns
// a promise, returns one rejected with a TypeError; the controllers and
// the BYOB request cannot be constructed by a script; constructors need
// `new`.
// needs: streams
// expect: sync throws: 12 of 12 TypeError
// expect: promise rejections: 11 of 11 TypeError
// expect: illegal constructors: 5 of 5 TypeError
// expect: without new: 5 of 5 TypeError
const fake = Object.create(ReadableStream.prototype);
const get = (cls, name) => Object.getOwnPropertyDescriptor(cls.prototype, name).get;
const sync = [
  () => get(ReadableStream, "locked").call(fake),
  () => ReadableStream.prototype.getReader.call({}),
  () => ReadableStream.prototype.tee.call(fake),
  () => ReadableStream.prototype.pipeThrough.call({}, new TransformStream()),
  () => get(ReadableStreamDefaultController, "desiredSize").call({}),
  () => ReadableStreamDefaultReader.prototype.releaseLock.call({}),
  () => get(WritableStream, "locked").call(new ReadableStream()),
  () => WritableStream.prototype.getWriter.call({}),
  () => get(WritableStreamDefaultWriter, "desiredSize").call({}),
  () => get(TransformStream, "readable").call({}),
  () => get(CountQueuingStrategy, "highWaterMark").call(new ByteLengthQueuingStrategy({ highWaterMark: 1 })),
  () => get(ReadableByteStreamController, "byobRequest").call({}),
];
let n = 0;
for (const f of sync) { try { f(); } catch (e) { if (e instanceof TypeError) n++; } }
print(`sync throws: ${n} of ${sync.length} TypeError`);
const async = [
  () => ReadableStream.prototype.cancel.call(fake),
  () => ReadableStream.prototype.pipeTo.call({}, new WritableStream()),
  () => ReadableStream.prototype.pipeTo.call(new ReadableStream(), {}),
  () => get(ReadableStreamDefaultReader, "closed").call({}),
  () => ReadableStreamDefaultReader.prototype.read.call({}),
  () => ReadableStreamBYOBReader.prototype.read.call({}, new Uint8Array(1)),
  () => WritableStream.prototype.abort.call({}),
  () => WritableStream.prototype.close.call({}),
  () => WritableStreamDefaultWriter.prototype.write.call({}, 1),
  () => get(WritableStreamDefaultWriter, "ready").call({}),
  () => get(WritableStreamDefaultWriter, "closed").call({}),
];
(async () => {
  let m = 0;
  for (const f of async) {
    let p;
    try { p = f(); } catch { continue; }   // a throw is wrong here
    await p.then(() => {}, (e) => { if (e instanceof TypeError) m++; });
  }
  print(`promise rejections: ${m} of ${async.length} TypeError`);
  const illegal = [ReadableStreamDefaultController, ReadableByteStreamController, ReadableStreamBYOBRequest,
                   WritableStreamDefaultController, TransformStreamDefaultController];
  let k = 0;
  for (const C of illegal) { try { new C(); } catch (e) { if (e instanceof TypeError) k++; } }
  print(`illegal constructors: ${k} of ${illegal.length} TypeError`);
  const ctors = [ReadableStream, WritableStream, TransformStream, CountQueuingStrategy, ReadableStreamDefaultReader];
  let j = 0;
  for (const C of ctors) { try { C({ highWaterMark: 1 }); } catch (e) { if (e instanceof TypeError) j++; } }
  print(`without new: ${j} of ${ctors.length} TypeError`);
})();
