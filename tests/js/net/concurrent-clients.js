// Many clients at once, each echoed its own message.
// needs: net
// perms: --allow-net
// expect: 20 echoes correct
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
(async () => {
  for await (const conn of listener) {
    (async () => {
      const buf = new Uint8Array(32);
      let n;
      while ((n = await conn.read(buf)) !== null) await conn.write(buf.slice(0, n));
      conn.close();
    })();
  }
})();
const one = async (i) => {
  const c = await Toy.connect({ port: listener.addr.port });
  await c.write(new TextEncoder().encode(`msg${i}`));
  await c.closeWrite();
  const buf = new Uint8Array(32);
  let s = "";
  let n;
  while ((n = await c.read(buf)) !== null) s += new TextDecoder().decode(buf.subarray(0, n));
  c.close();
  return s === `msg${i}`;
};
const results = await Promise.all(Array.from({ length: 20 }, (_, i) => one(i)));
print(`${results.filter(Boolean).length} echoes correct`);
listener.close();
