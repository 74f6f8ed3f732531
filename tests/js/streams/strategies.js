// The queuing strategies: CountQueuingStrategy counts each chunk as 1,
// ByteLengthQueuingStrategy as its byteLength; their size functions are
// shared, named "size", and work when detached from the strategy; the
// high water mark is read from init (required) as a number; a stream's
// default strategy is a count of 1 (0 for a byte stream and a
// transform's readable side).
// needs: streams
// expect: count 5 size 1 same function true name size
// expect: bytes 16 size 3 detached size 4
// expect: init without highWaterMark TypeError
// expect: highWaterMark "7" becomes 7
// expect: stream with byte strategy: desiredSize 16 - 5 = 11
// expect: defaults: readable 1, bytes 0, writable 1, transform readable 0 writable 1
// expect: toStringTag CountQueuingStrategy ByteLengthQueuingStrategy
const count = new CountQueuingStrategy({ highWaterMark: 5 });
print("count", count.highWaterMark, "size", count.size("anything"),
      "same function", count.size === new CountQueuingStrategy({ highWaterMark: 1 }).size, "name", count.size.name);
const bytes = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
const size = bytes.size;
print("bytes", bytes.highWaterMark, "size", bytes.size(new Uint8Array(3)), "detached size", size({ byteLength: 4 }));
try { new CountQueuingStrategy({}); } catch (e) { print("init without highWaterMark", e.constructor.name); }
print('highWaterMark "7" becomes', new CountQueuingStrategy({ highWaterMark: "7" }).highWaterMark);
let ctl;
new ReadableStream({ start(c) { ctl = c; c.enqueue(new Uint8Array(5)); } }, bytes);
print("stream with byte strategy: desiredSize 16 - 5 =", ctl.desiredSize);
const ds = {};
new ReadableStream({ start(c) { ds.r = c.desiredSize; } });
new ReadableStream({ type: "bytes", start(c) { ds.b = c.desiredSize; } });
ds.w = new WritableStream().getWriter().desiredSize;
const ts = new TransformStream({ start(c) { ds.t = c.desiredSize; } });
ds.tw = ts.writable.getWriter().desiredSize;
print(`defaults: readable ${ds.r}, bytes ${ds.b}, writable ${ds.w}, transform readable ${ds.t} writable ${ds.tw}`);
print("toStringTag", Object.prototype.toString.call(count).slice(8, -1), Object.prototype.toString.call(bytes).slice(8, -1));
