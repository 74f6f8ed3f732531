// A client that sends "Expect: 100-continue" waits for the server's
// "100 Continue" before it sends the body: the server sends it when the
// handler first reads the body, never before the handler runs.
// needs: pipes
// perms: --allow-net
// expect: handler ran, then: HTTP/1.1 100 Continue
// expect: answer: got "the body, sent when asked"
import { connect, enc, readAll, readUntil, start } from "./_http.js";
let handlerRan = false;
const server = start(async (req) => {
  handlerRan = true;
  return new Response(`got ${JSON.stringify(await req.text())}`);
});
const conn = await connect(server.addr.port);
const body = "the body, sent when asked";
await conn.write(enc.encode(`POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`));
const state = { text: "" };
await readUntil(conn, "\r\n\r\n", state);
print(`${handlerRan ? "handler ran" : "handler did not run"}, then: ${state.text.split("\r\n")[0]}`);
await conn.write(enc.encode(body));
const rest = state.text.slice(state.text.indexOf("\r\n\r\n") + 4) + await readAll(conn);
print("answer:", rest.slice(rest.indexOf("\r\n\r\n") + 4));
conn.close();
await server.shutdown();
