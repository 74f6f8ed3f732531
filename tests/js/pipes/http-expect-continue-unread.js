// A handler that answers a request with "Expect: 100-continue" without
// reading its body: the server must not send "100 Continue" after the
// answer (a client keeping the connection would take it as the answer
// to its next request). The client was never told to send the body and
// may or may not send it, so the server cannot tell where the next
// request starts: it closes the connection after the answer.
// needs: pipes
// perms: --allow-net
// expect: HTTP/1.1 401 Unauthorized
// expect: 100 Continue anywhere: false
// expect: ends with the answer's body: true
// expect: closed: true
import { connect, enc, readAll, start } from "./_http.js";
const server = start(() => new Response("no\n", { status: 401 }));
const conn = await connect(server.addr.port);
await conn.write(enc.encode("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"));
// The connection has no "Connection: close": only the server's close
// ends readAll.
const text = await readAll(conn);
print(text.split("\r\n")[0]);
print("100 Continue anywhere:", text.includes("100 Continue"));
print("ends with the answer's body:", text.endsWith("\r\n\r\nno\n"));
print("closed:", true);
conn.close();
await server.shutdown();
