// When the peer closes, read() gives null, and keeps giving null.
// needs: net
// perms: --allow-net
// expect: first null
// expect: second null
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const accepted = listener.accept();
const client = await Toy.connect({ port: listener.addr.port });
const conn = await accepted;
client.close();
const buf = new Uint8Array(16);
print(`first ${await conn.read(buf)}`);
print(`second ${await conn.read(buf)}`);
conn.close();
listener.close();
