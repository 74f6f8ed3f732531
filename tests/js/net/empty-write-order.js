// An empty write settles once every write before it is out: at once on
// a connection with nothing waiting to go out, and after a large write
// the peer has not read yet, never before it (Toy.serve waits for its
// answers to leave this way before closing a connection).
// needs: net
// perms: --allow-net
// expect: nothing waiting: 0
// expect: order: big, empty
// expect: received 33554432 bytes
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const accepted = listener.accept();
const client = await Toy.connect({ hostname: "127.0.0.1", port: listener.addr.port });
const conn = await accepted;
print("nothing waiting:", await conn.write(new Uint8Array(0)));

// More than loopback's socket buffers hold: the write waits for the
// client to read, and the empty write behind it waits too.
const size = 32 * 1024 * 1024;
const order = [];
const big = conn.write(new Uint8Array(size)).then(() => order.push("big"));
const empty = conn.write(new Uint8Array(0)).then(() => order.push("empty"));
const buf = new Uint8Array(1 << 16);
let received = 0;
while (received < size) {
  const n = await client.read(buf);
  if (n === null) break;
  received += n;
}
await Promise.all([big, empty]);
print("order:", order.join(", "));
print(`received ${received} bytes`);
conn.close();
client.close();
listener.close();
