// ReadableStream.from takes iterable objects: arrays (promises in them
// awaited), sync and async generators, other ReadableStreams, but not a
// string (WebIDL's async_sequence wants an object);
// it asks the iterator for a value only when a read wants one; cancel
// calls the iterator's return() with the reason; what is not iterable is
// a TypeError thrown by from() itself.
// needs: streams
// expect: array a,b
// expect: async generator 1,2,3
// expect: from a stream p,q
// expect: next() calls before any read 0 after one read 1
// expect: return() called with stop
// expect: not iterable: 42 TypeError, {} TypeError, null TypeError, "ab" TypeError
// expect: next() rejects: read rejected nope
const all = async (rs) => { const out = []; for await (const x of rs) out.push(x); return out.join(","); };
(async () => {
  print("array", await all(ReadableStream.from(["a", Promise.resolve("b")])));
  async function* gen() { yield 1; yield 2; yield 3; }
  print("async generator", await all(ReadableStream.from(gen())));
  const inner = new ReadableStream({ start(c) { c.enqueue("p"); c.enqueue("q"); c.close(); } });
  print("from a stream", await all(ReadableStream.from(inner)));

  let calls = 0;
  const counting = { [Symbol.asyncIterator]() { return this; }, async next() { calls++; return { value: calls, done: false }; } };
  const rs = ReadableStream.from(counting);
  await new Promise((r) => setTimeout(r, 0));
  const before = calls;
  const reader = rs.getReader();
  await reader.read();
  print("next() calls before any read", before, "after one read", calls);

  let why;
  const returning = {
    [Symbol.iterator]() { return this; },
    next() { return { value: 1, done: false }; },
    return(reason) { why = reason; return { done: true }; },
  };
  await ReadableStream.from(returning).cancel("stop");
  print("return() called with", why);

  const errs = [42, {}, null, "ab"].map((v) => { try { ReadableStream.from(v); return "no error"; } catch (e) { return e.constructor.name; } });
  print(`not iterable: 42 ${errs[0]}, {} ${errs[1]}, null ${errs[2]}, "ab" ${errs[3]}`);

  const failing = { [Symbol.asyncIterator]() { return this; }, next() { return Promise.reject(new Error("nope")); } };
  await ReadableStream.from(failing).getReader().read().catch((e) => print("next() rejects: read rejected", e.message));
})();
