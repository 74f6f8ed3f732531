// tcp_pipe.mjs: 1 GiB through a local TCP socket, streamed, in one
// process. A server on 127.0.0.1 reads and discards everything a client
// sends; the client pipes a generated stream of 64 KiB chunks (the same
// chunk, 16 384 times) into its connection. toyjs and Deno use their
// web streams (Toy.connect / Deno.connect, conn.readable and
// conn.writable, pipeTo); Node and Bun their net sockets and a Node
// stream, with pipeline(). Reports MiB/s from the first byte sent to
// the last byte read; bench/run.sh takes the peak RSS of the whole run
// with GNU time. A runtime without backpressure would hold the whole
// GiB in memory: the RSS row shows whether the socket slowed the
// producer down.
import { now, result, runtime } from "./shim.mjs";

const CHUNK = 64 * 1024;
const COUNT = 16384;                       // 1 GiB
const TOTAL = CHUNK * COUNT;
const hostname = "127.0.0.1";

// The chunks, as a web ReadableStream: one pull, one chunk.
function webSource() {
  const chunk = new Uint8Array(CHUNK).fill(120);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ === COUNT) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

// Reads a web ReadableStream to its end, counting bytes.
async function drain(readable) {
  const reader = readable.getReader();
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return total;
    total += value.byteLength;
  }
}

async function webStreams(api) {
  const listener = api.listen({ hostname, port: 0 });
  const received = listener.accept().then((conn) => drain(conn.readable));
  const conn = await api.connect({ hostname, port: listener.addr.port });
  const t0 = now();
  await webSource().pipeTo(conn.writable);
  const total = await received;
  const ms = now() - t0;
  listener.close();
  return [total, ms];
}

async function nodeStreams() {
  const net = await import("node:net");
  const { Readable } = await import("node:stream");
  const { pipeline } = await import("node:stream/promises");
  let total = 0;
  let done;
  const received = new Promise((resolve) => (done = resolve));
  const server = net.createServer((socket) => {
    socket.on("data", (data) => (total += data.length));
    socket.on("end", () => done(total));
  });
  await new Promise((resolve) => server.listen(0, hostname, resolve));
  const socket = net.connect(server.address().port, hostname);
  await new Promise((resolve) => socket.on("connect", resolve));
  const chunk = Buffer.alloc(CHUNK, 120);
  const t0 = now();
  await pipeline(Readable.from((function* () {
    for (let i = 0; i < COUNT; i++) yield chunk;
  })()), socket);
  await received;
  const ms = now() - t0;
  server.close();
  return [total, ms];
}

const [total, ms] = runtime === "toyjs" ? await webStreams(Toy)
  : runtime === "deno" ? await webStreams(Deno)
  : await nodeStreams();
if (total !== TOTAL) throw new Error(`received ${total} bytes, expected ${TOTAL}`);
result((TOTAL / 1048576 / (ms / 1000)).toFixed(1), "MiB/s", runtime === "bun" || runtime === "node" ? "node:net+stream" : "web-streams");
