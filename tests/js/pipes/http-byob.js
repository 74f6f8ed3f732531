// Bodies are byte streams: a BYOB reader reads a served request's body
// and a fetched response's body into the program's own buffer.
// needs: pipes
// perms: --allow-net
// expect: server read into its buffer: "a body read by BYOB"
// expect: client read into its buffer: "a body read by BYOB"
import { start } from "./_http.js";

// Reads stream to its end with a BYOB reader, 4 bytes at a time.
async function byob(stream) {
  const reader = stream.getReader({ mode: "byob" });
  let buffer = new ArrayBuffer(4);
  let text = "";
  for (;;) {
    const { value, done } = await reader.read(new Uint8Array(buffer));
    if (done) break;
    text += new TextDecoder().decode(value);
    buffer = value.buffer;
  }
  return text;
}
const server = start(async (req) => {
  const text = await byob(req.body);
  print("server read into its buffer:", JSON.stringify(text));
  return new Response(text);
});
const res = await fetch(`http://127.0.0.1:${server.addr.port}/`, { method: "POST", body: "a body read by BYOB" });
print("client read into its buffer:", JSON.stringify(await byob(res.body)));
await server.shutdown();
