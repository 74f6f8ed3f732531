// A BYOB reader reads into the caller's buffer: the view passed is
// detached, and the result is a view of the same type over the same
// memory, holding what the source wrote through byobRequest. Bytes
// enqueued while no read waits are copied into the next view, a whole
// number of elements at a time; { min } waits until that many elements
// are filled; a stream that closes gives done: true with an empty view.
// needs: streams
// expect: getReader byob on a default stream TypeError
// expect: read 4 bytes into Uint8Array(8): 10,11,12,13 done false
// expect: caller's view detached: 0, result over same-size buffer 8
// expect: Uint16Array from 5 queued bytes: 2 elements, 0x201 0x403
// expect: the odd byte is kept: 5
// expect: min 6: got 6 elements 0,1,2,3,4,5
// expect: closed: done true, empty Uint32Array 0
// expect: min 0 TypeError
// expect: min > length RangeError
// expect: empty view TypeError
try { new ReadableStream().getReader({ mode: "byob" }); } catch (e) { print("getReader byob on a default stream", e.constructor.name); }
(async () => {
  const rs = new ReadableStream({
    type: "bytes",
    pull(c) {
      const v = c.byobRequest.view;
      v.set([10, 11, 12, 13]);
      c.byobRequest.respond(4);
    },
  });
  const reader = rs.getReader({ mode: "byob" });
  const mine = new Uint8Array(8);
  const { value, done } = await reader.read(mine);
  print(`read 4 bytes into Uint8Array(8): ${value.join(",")} done ${done}`);
  print(`caller's view detached: ${mine.byteLength}, result over same-size buffer ${value.buffer.byteLength}`);

  let ctl;
  const q = new ReadableStream({ type: "bytes", start(c) { ctl = c; } });
  ctl.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
  const qr = q.getReader({ mode: "byob" });
  const u16 = (await qr.read(new Uint16Array(2), { min: 1 })).value;
  // 5 bytes: room for 2 elements (4 bytes), the 5th waits in the queue.
  print(`Uint16Array from 5 queued bytes: ${u16.length} elements, 0x${u16[0].toString(16)} 0x${u16[1].toString(16)}`);
  const rest = (await qr.read(new Uint8Array(4))).value;
  print("the odd byte is kept:", rest.join(","));

  let n = 0;
  const slow = new ReadableStream({
    type: "bytes",
    pull(c) { c.enqueue(new Uint8Array([n++])); },
  });
  const sr = slow.getReader({ mode: "byob" });
  const m = (await sr.read(new Uint8Array(10), { min: 6 })).value;
  print(`min 6: got ${m.length} elements ${m.join(",")}`);

  const closed = new ReadableStream({ type: "bytes", start(c) { c.close(); } });
  const cr = closed.getReader({ mode: "byob" });
  const end = await cr.read(new Uint32Array(2));
  print(`closed: done ${end.done}, empty ${end.value.constructor.name} ${end.value.length}`);

  await sr.read(new Uint8Array(2), { min: 0 }).catch((e) => print("min 0", e.constructor.name));
  await sr.read(new Uint8Array(2), { min: 3 }).catch((e) => print("min > length", e.constructor.name));
  await sr.read(new Uint8Array(0)).catch((e) => print("empty view", e.constructor.name));
})();
