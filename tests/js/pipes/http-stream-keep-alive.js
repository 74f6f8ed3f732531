// After a streamed answer the connection goes on: the read that watched
// the client while the stream went out brings the next request, which
// is answered as usual, and then a second streamed answer.
// needs: pipes
// perms: --allow-net
// expect: 1: chunked "a stream" then 0
// expect: 2: "plain"
// expect: 3: chunked "a stream" then 0
import { connect, enc, readAll, readUntil, start } from "./_http.js";
const server = start((req) => {
  if (new URL(req.url).pathname === "/plain") return new Response("plain");
  const parts = ["a ", "stream"];
  return new Response(new ReadableStream({
    pull(c) {
      if (parts.length > 0) c.enqueue(enc.encode(parts.shift()));
      else c.close();
    },
  }));
});
const conn = await connect(server.addr.port);
const state = { text: "" };
// Each answer in turn, its body decoded from the chunked coding.
function chunked(text) {
  let body = "";
  let rest = text;
  for (;;) {
    const eol = rest.indexOf("\r\n");
    const size = parseInt(rest.slice(0, eol), 16);
    if (size === 0) return `chunked ${JSON.stringify(body)} then 0`;
    body += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}
await conn.write(enc.encode("GET /s HTTP/1.1\r\nHost: a\r\n\r\n"));
await readUntil(conn, "\r\n0\r\n\r\n", state);
print("1:", chunked(state.text.slice(state.text.indexOf("\r\n\r\n") + 4)));
state.text = "";
await conn.write(enc.encode("GET /plain HTTP/1.1\r\nHost: a\r\n\r\n"));
await readUntil(conn, "plain", state);
print("2:", JSON.stringify(state.text.slice(state.text.indexOf("\r\n\r\n") + 4)));
state.text = "";
await conn.write(enc.encode("GET /s HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"));
const last = await readAll(conn);
print("3:", chunked(last.slice(last.indexOf("\r\n\r\n") + 4)));
conn.close();
await server.shutdown();
