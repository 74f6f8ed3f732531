// A byte stream ({ type: "bytes" }): enqueue() takes the chunk's buffer
// (the source's view is detached after it), a default reader gets
// Uint8Arrays, desiredSize counts bytes, and autoAllocateChunkSize gives
// a default read a byobRequest to fill. Empty or detached chunks are a
// TypeError; a strategy with a size() is a RangeError.
// needs: streams
// expect: enqueued view detached: 0
// expect: desiredSize 10 - 3 = 7
// expect: read Uint8Array 1,2,3
// expect: empty chunk TypeError
// expect: detached chunk TypeError
// expect: size() with bytes RangeError
// expect: autoAllocate: view 16 bytes, read 9,8 over a 16-byte buffer
// expect: autoAllocateChunkSize 0 TypeError
// expect: controller class ReadableByteStreamController
let ctl;
const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }, { highWaterMark: 10 });
const chunk = new Uint8Array([1, 2, 3]);
ctl.enqueue(chunk);
print("enqueued view detached:", chunk.byteLength);
print("desiredSize 10 - 3 =", ctl.desiredSize);
(async () => {
  const { value } = await rs.getReader().read();
  print("read", value.constructor.name, value.join(","));
  try { ctl.enqueue(new Uint8Array(0)); } catch (e) { print("empty chunk", e.constructor.name); }
  const gone = new Uint8Array([1]);
  ctl.enqueue(gone);
  try { ctl.enqueue(gone); } catch (e) { print("detached chunk", e.constructor.name); }
  try {
    new ReadableStream({ type: "bytes" }, { size() { return 1; } });
  } catch (e) { print("size() with bytes", e.constructor.name); }

  const auto = new ReadableStream({
    type: "bytes",
    autoAllocateChunkSize: 16,
    pull(c) {
      const view = c.byobRequest.view;
      globalThis.seen = view.byteLength;
      view[0] = 9;
      view[1] = 8;
      c.byobRequest.respond(2);
    },
  });
  const r = await auto.getReader().read();
  print(`autoAllocate: view ${seen} bytes, read ${r.value.join(",")} over a ${r.value.buffer.byteLength}-byte buffer`);
  try { new ReadableStream({ type: "bytes", autoAllocateChunkSize: 0 }); } catch (e) { print("autoAllocateChunkSize 0", e.constructor.name); }
  let kind;
  new ReadableStream({ type: "bytes", start(c) { kind = c.constructor.name; } });
  print("controller class", kind);
})();
