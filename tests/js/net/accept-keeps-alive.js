// A pending accept keeps the loop alive until a connection arrives from a timer.
// needs: net
// perms: --allow-net
// expect: connecting
// expect: accepted
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
listener.accept().then((conn) => {
  print("accepted");
  conn.close();
  listener.close();
});
setTimeout(async () => {
  print("connecting");
  const c = await Toy.connect({ port: listener.addr.port });
  c.close();
}, 20);
