// Teeing a byte stream gives each branch its own copy of the bytes (not
// the same buffer), and a branch read with a BYOB reader reads the
// source into that branch's view: the other branch gets a copy of just
// those bytes. Both branches end when the source closes.
// needs: streams
// expect: default branches: 1,2,3 and 1,2,3, same buffer false
// expect: byob branch got 1,2 (into its own view of 2), other branch got 1,2
// expect: then 3 and 3
// expect: both done true true
const make = () => new ReadableStream({
  type: "bytes",
  start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); },
});
(async () => {
  const [a, b] = make().tee();
  const [x, y] = await Promise.all([a.getReader().read(), b.getReader().read()]);
  print(`default branches: ${x.value.join(",")} and ${y.value.join(",")}, same buffer ${x.value.buffer === y.value.buffer}`);

  const [c, d] = make().tee();
  const cr = c.getReader({ mode: "byob" });
  const dr = d.getReader();
  const first = await cr.read(new Uint8Array(2));
  const other = await dr.read();
  print(`byob branch got ${first.value.join(",")} (into its own view of ${first.value.length}), other branch got ${other.value.join(",")}`);
  const second = await cr.read(new Uint8Array(2));
  const other2 = await dr.read();
  print(`then ${second.value.join(",")} and ${other2.value.join(",")}`);
  const [e1, e2] = await Promise.all([cr.read(new Uint8Array(1)), dr.read()]);
  print("both done", e1.done, e2.done);
})();
