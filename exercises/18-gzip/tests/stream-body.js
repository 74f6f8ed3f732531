// A body the handler gives as a ReadableStream is compressed too, as it
// is read: the stream goes through a CompressionStream, never collected
// first. The chunks of the stream, gunzipped, are the text, in order;
// the handler's status, status text and headers are kept.
// needs: pipes
// perms: --allow-net
// expect: HTTP/1.1 201 Made
// expect: x-id: 7, content-encoding: gzip
// expect: gunzipped: one two three
// expect: chunks pulled: 3
import { dec, gunzip, requests, start } from "./_gzip.js";
const enc = new TextEncoder();
let pulled = 0;
const server = start(() => {
  const words = ["one ", "two ", "three"];
  const body = new ReadableStream({
    pull(controller) {
      if (words.length === 0) return controller.close();
      pulled++;
      controller.enqueue(enc.encode(words.shift()));
    },
  });
  return new Response(body, { status: 201, statusText: "Made", headers: { "x-id": "7" } });
});
const [res] = await requests(server.addr.port, [{ headers: { "accept-encoding": "gzip" } }]);
print(res.status);
print(`x-id: ${res.headers.get("x-id")}, content-encoding: ${res.headers.get("content-encoding")}`);
print("gunzipped:", dec.decode(await gunzip(res.body)));
print("chunks pulled:", pulled);
await server.shutdown();
