// Listeners and connections are resources; closing removes them, and a
// closed connection's ops throw BadResource.
// needs: net
// perms: --allow-net
// expect: tcpListener tcpStream tcpStream
// expect: after close: none
// expect: BadResource
// expect: Toy.close BadResource
const names = () =>
  Object.values(Toy.resources()).filter((n) => n.startsWith("tcp")).join(" ") || "none";
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const accepted = listener.accept();
const client = await Toy.connect({ port: listener.addr.port });
const conn = await accepted;
print(names());
Toy.close(listener.rid);
client.close();
conn.close();
print(`after close: ${names()}`);
try {
  await client.write(new Uint8Array(1));
} catch (e) {
  print(e.name);
}
try {
  Toy.close(conn.rid);
} catch (e) {
  print(`Toy.close ${e.name}`);
}
