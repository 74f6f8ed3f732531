// for await over a listener yields each connection, and ends when the
// listener is closed.
// needs: net
// perms: --allow-net
// expect: conn 0 says a
// expect: conn 1 says b
// expect: conn 2 says c
// expect: loop ended
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const served = (async () => {
  let i = 0;
  for await (const conn of listener) {
    const buf = new Uint8Array(8);
    const n = await conn.read(buf);
    print(`conn ${i++} says ${new TextDecoder().decode(buf.subarray(0, n))}`);
    conn.close();
    if (i === 3) listener.close();
  }
  print("loop ended");
})();
for (const word of ["a", "b", "c"]) {
  const c = await Toy.connect({ port: listener.addr.port });
  await c.write(new TextEncoder().encode(word));
  await c.read(new Uint8Array(1));   // null once the server has closed it
  c.close();
}
await served;
