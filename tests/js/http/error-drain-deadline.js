// After an error answer (a 400 here) the server ends its side and reads
// and drops what the client may still send, then closes. When the bad
// request came after a good one, that wait had no deadline: a client
// that neither sent nor closed held the connection for ever, whatever
// requestTimeout said. Now requestTimeout bounds it, as it bounds every
// wait on a client. The test watches the server's end of the connection
// in Toy.resources() until it is gone.
// needs: http timers
// perms: --allow-net
// expect: HTTP/1.1 200 OK
// expect: HTTP/1.1 400 Bad Request
// expect: end of the answer
// expect: the server closed its end
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, requestTimeout: 300, onListen() {} },
  () => new Response("x"));
const conn = await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
await conn.write(new TextEncoder().encode("GET / HTTP/1.1\r\nHost: a\r\n\r\nthis is not http\r\n\r\n"));
const buf = new Uint8Array(4096);
let text = "";
let n;
while ((n = await conn.read(buf)) !== null) text += new TextDecoder().decode(buf.subarray(0, n));
for (const line of text.split("\r\n")) if (line.includes("HTTP/1.1")) print(line.slice(line.indexOf("HTTP/1.1")));
print("end of the answer");
// Both ends of the connection are tcpStreams of this process; the
// client's stays open.
const streams = () => Object.values(Toy.resources()).filter((name) => name === "tcpStream").length;
while (streams() > 1) await new Promise((r) => setTimeout(r, 20));
print("the server closed its end");
conn.close();
await server.shutdown();
