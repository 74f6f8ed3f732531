// When the server closes a connection after its answer, the answer says
// so ("connection: close", RFC 9112, 9.6): a client that would send its
// next request on it must not. A request body that turns out malformed
// while the handler reads it is such a case (400, then the connection
// closes), as is one the handler read only partly when answering
// without reading the rest (the server cannot find where the next
// request starts). The client sends "Expect: 100-continue" and its body
// once told to, so the body always comes after the head was handled.
// needs: pipes
// perms: --allow-net
// expect: malformed body: 400, connection: close true, then closed
// expect: caught by the handler: 200, connection: close true, then closed
import { connect, enc, readAll, readUntil, start } from "./_http.js";
const server = start(async (req) => {
  if (new URL(req.url).pathname === "/catch") {
    try {
      await req.text();
    } catch {
      return new Response("caught");
    }
  }
  return new Response(`got ${(await req.text()).length}`);
});
async function attack(label, path) {
  const conn = await connect(server.addr.port);
  await conn.write(enc.encode(`POST ${path} HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n`));
  const state = { text: "" };
  await readUntil(conn, "100 Continue\r\n\r\n", state);
  await conn.write(enc.encode("3\r\nabcXY"));          // no CRLF after the data
  const answer = state.text.slice(state.text.indexOf("100 Continue\r\n\r\n") + 16) + await readAll(conn);
  const head = answer.slice(0, answer.indexOf("\r\n\r\n")).toLowerCase();
  print(`${label}: ${head.split(" ")[1]}, connection: close ${head.includes("\r\nconnection: close")}, then closed`);
  conn.close();
}
await attack("malformed body", "/");
await attack("caught by the handler", "/catch");
await server.shutdown();
