// A client that asks for a large answer and then reads none of it: the
// server waits for the answer to go out before it reads on (it never
// queues more than a megabyte for one client), and that wait had no
// deadline, so such a client held the connection, and the answer's
// memory, for ever. Now the client has requestTimeout ms to take what it
// is sent, as it has to send a request. The test watches the server's
// end of the connection in Toy.resources() until it is gone.
// needs: http timers
// perms: --allow-net
// expect: the server closed its end
const big = "x".repeat(16 * 1024 * 1024);
let called;
const calledOnce = new Promise((r) => (called = r));
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, requestTimeout: 300, onListen() {} }, () => {
  called();
  return new Response(big);
});
const conn = await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
await conn.write(new TextEncoder().encode("GET / HTTP/1.1\r\nHost: a\r\n\r\n"));
// Both ends of the connection are tcpStreams of this process; the
// client's stays open, and reads nothing.
const streams = () => Object.values(Toy.resources()).filter((name) => name === "tcpStream").length;
await calledOnce;
while (streams() > 1) await new Promise((r) => setTimeout(r, 20));
print("the server closed its end");
conn.close();
await server.shutdown();
