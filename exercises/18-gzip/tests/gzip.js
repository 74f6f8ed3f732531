// With compress: true, an answer to a client whose Accept-Encoding has
// gzip goes out gzip'd: "content-encoding: gzip", "vary:
// accept-encoding", no content-length (chunked coding instead: the
// compressed length is known only at the end), the handler's other
// headers as they were, and a body that starts with gzip's magic bytes,
// much smaller than the text, and gunzips to the text.
// needs: pipes
// perms: --allow-net
// expect: HTTP/1.1 200 OK
// expect: content-encoding: gzip
// expect: vary: accept-encoding
// expect: content-length: undefined
// expect: chunked: true
// expect: content-type: text/plain;charset=UTF-8
// expect: magic: 1f 8b
// expect: smaller than a tenth: true
// expect: gunzipped: true
import { dec, gunzip, requests, start } from "./_gzip.js";
const text = "the quick brown fox jumps over the lazy dog\n".repeat(1000);
const server = start(() => new Response(text));
const [res] = await requests(server.addr.port, [{ headers: { "accept-encoding": "gzip, deflate" } }]);
print(res.status);
for (const name of ["content-encoding", "vary", "content-length"]) print(`${name}: ${res.headers.get(name)}`);
print("chunked:", res.chunked);
print("content-type:", res.headers.get("content-type"));
print("magic:", res.body[0]?.toString(16), res.body[1]?.toString(16));
print("smaller than a tenth:", res.body.length > 0 && res.body.length < text.length / 10);
print("gunzipped:", dec.decode(await gunzip(res.body)) === text);
await server.shutdown();
