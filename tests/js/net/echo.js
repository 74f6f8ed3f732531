// An echo server and a client in one script, on a port the system picks.
// needs: net
// perms: --allow-net
// expect: client got hello
// expect: server saw 5 bytes
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const server = (async () => {
  const conn = await listener.accept();
  const buf = new Uint8Array(64);
  let total = 0;
  let n;
  while ((n = await conn.read(buf)) !== null) {
    total += n;
    await conn.write(buf.subarray(0, n));
  }
  conn.close();
  return total;
})();
const client = await Toy.connect({ hostname: "127.0.0.1", port: listener.addr.port });
await client.write(new TextEncoder().encode("hello"));
await client.closeWrite();
const buf = new Uint8Array(64);
let text = "";
let n;
while ((n = await client.read(buf)) !== null) text += new TextDecoder().decode(buf.subarray(0, n));
client.close();
print(`client got ${text}`);
print(`server saw ${await server} bytes`);
listener.close();
