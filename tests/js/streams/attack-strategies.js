// Hostile strategies and sources get the standard's errors, never a
// crash: a size() that throws errors the stream and rethrows from
// enqueue(); sizes NaN, Infinity, -1 are RangeErrors, a BigInt a
// TypeError; a highWaterMark NaN or -1 is a RangeError; a getter that
// throws on the source or the strategy throws out of the constructor;
// a pull that enqueues again and again, and one that reads from inside
// itself, behave.
// needs: streams
// expect: size NaN RangeError
// expect: size Infinity RangeError
// expect: size -1 RangeError
// expect: size 10n TypeError
// expect: size throws: enqueue threw oops, stream errored oops
// expect: writable size throws: write rejected oops
// expect: highWaterMark NaN RangeError, -1 RangeError, getter throws hwm
// expect: source getter throws pull-getter
// expect: size not callable TypeError
// expect: type "nope" TypeError, writable type RangeError
// expect: 1000 chunks from one pull, desiredSize -999
// expect: read inside pull: r1 r2
const oops = new Error("oops");
let ctl;
const rs = new ReadableStream({ start(c) { ctl = c; } }, { size() { throw oops; } });
let thrown;
try { ctl.enqueue(1); } catch (e) { thrown = e.message; }
for (const [label, v] of [["NaN", NaN], ["Infinity", Infinity], ["-1", -1], ["10n", 10n]]) {
  let c;
  new ReadableStream({ start(x) { c = x; } }, { size: () => v });
  try { c.enqueue("x"); } catch (e) { print("size", label, e.constructor.name); }
}
(async () => {
  const stored = await rs.getReader().closed.then(() => "not errored", (e) => e.message);
  print(`size throws: enqueue threw ${thrown}, stream errored ${stored}`);
  const ws = new WritableStream({}, { size() { throw oops; } });
  await ws.getWriter().write(1).catch((e) => print("writable size throws: write rejected", e.message));

  const hwm = [NaN, -1].map((h) => { try { new ReadableStream({}, { highWaterMark: h }); } catch (e) { return e.constructor.name; } });
  let g;
  try { new WritableStream({}, { get highWaterMark() { throw new Error("hwm"); } }); } catch (e) { g = e.message; }
  print(`highWaterMark NaN ${hwm[0]}, -1 ${hwm[1]}, getter throws ${g}`);
  try { new ReadableStream({ get pull() { throw new Error("pull-getter"); } }); } catch (e) { print("source getter throws", e.message); }
  try { new ReadableStream({}, { size: 5 }); } catch (e) { print("size not callable", e.constructor.name); }
  let t1, t2;
  try { new ReadableStream({ type: "nope" }); } catch (e) { t1 = e.constructor.name; }
  try { new WritableStream({ type: "bytes" }); } catch (e) { t2 = e.constructor.name; }
  print(`type "nope" ${t1}, writable type ${t2}`);

  let pulls = 0, mc;
  const many = new ReadableStream({
    pull(c) {
      mc = c;
      pulls++;
      for (let i = 0; i < 1000; i++) c.enqueue(i);
    },
  });
  await new Promise((r) => setTimeout(r, 0));
  print(`${pulls * 1000} chunks from one pull, desiredSize ${mc.desiredSize}`);

  let inner;
  const self = new ReadableStream({
    pull(c) {
      c.enqueue("r1");
      inner = selfReader.read();   // a read made from inside pull
      c.enqueue("r2");
    },
  }, { highWaterMark: 0 });
  const selfReader = self.getReader();
  const a = await selfReader.read();
  const b = await inner;
  print("read inside pull:", a.value, b.value);
})();
