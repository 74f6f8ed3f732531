// Only a client that accepts gzip gets it: Accept-Encoding lists "gzip"
// (in any case, among other codings) with no weight or a weight above 0.
// "gzip;q=0" says never; other codings alone, or no header, get the body
// as it is, with its content-length.
// needs: pipes
// perms: --allow-net
// expect: gzip -> gzip
// expect: GZIP -> gzip
// expect: br, deflate;q=0.5, gzip;q=0.8 -> gzip
// expect: gzip ; q=1 -> gzip
// expect: gzip;q=0 -> identity, content-length 5
// expect: gzip;q=0.0 -> identity, content-length 5
// expect: br, deflate -> identity, content-length 5
// expect: (none) -> identity, content-length 5
import { requests, start } from "./_gzip.js";
const server = start(() => new Response("hello"));
const values = ["gzip", "GZIP", "br, deflate;q=0.5, gzip;q=0.8", "gzip ; q=1", "gzip;q=0", "gzip;q=0.0",
  "br, deflate", undefined];
const answers = await requests(server.addr.port,
  values.map((v) => ({ headers: v === undefined ? {} : { "accept-encoding": v } })));
values.forEach((v, i) => {
  const h = answers[i].headers;
  const coding = h.get("content-encoding") ?? "identity";
  const length = h.has("content-length") ? `, content-length ${h.get("content-length")}` : "";
  print(`${v ?? "(none)"} -> ${coding}${length}`);
});
await server.shutdown();
