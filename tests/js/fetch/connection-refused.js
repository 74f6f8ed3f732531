// Nobody listening: fetch rejects with a TypeError in Deno's words, the
// cause being the connection's error.
// needs: fetch
// perms: --allow-net
// expect: TypeError error sending request for url (http://127.0.0.1:PORT/x): error trying to connect: tcp connect error: Connection refused (os error 111)
// expect: cause: ConnectionRefused
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const port = listener.addr.port;
listener.close();
try {
  await fetch(`http://127.0.0.1:${port}/x`);
} catch (e) {
  print(e.name, e.message.replace(`:${port}/`, ":PORT/"));
  print("cause:", e.cause.name);
}
