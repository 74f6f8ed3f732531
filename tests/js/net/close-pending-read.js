// Closing a TCP connection while a read waits on it rejects that read
// (Interrupted), and the peer's read then sees the end of the stream.
// needs: net timers
// perms: --allow-net
// expect: client read: Interrupted: operation canceled
// expect: interrupted: true
// expect: server read: null
// expect: read after close: BadResource: Bad resource ID
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const accepted = listener.accept();
const client = await Toy.connect({ port: listener.addr.port });
const conn = await accepted;
const pending = client.read(new Uint8Array(16)).then(
  (n) => [`resolved with ${n}`, false],
  (e) => [`${e.name}: ${e.message}`, e instanceof Toy.errors.Interrupted],
);
setTimeout(() => client.close(), 10);
const [outcome, interrupted] = await pending;
print(`client read: ${outcome}`);
print(`interrupted: ${interrupted}`);
print(`server read: ${await conn.read(new Uint8Array(16))}`);
try {
  await client.read(new Uint8Array(16));
} catch (e) {
  print(`read after close: ${e.name}: ${e.message}`);
}
conn.close();
listener.close();
