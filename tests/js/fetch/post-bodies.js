// Request bodies: a string, a Uint8Array, an ArrayBuffer and
// URLSearchParams arrive whole, each with the content type the Fetch
// standard gives it (none for bytes) and a Content-Length.
// needs: fetch
// perms: --allow-net
// expect: POST text/plain;charset=UTF-8 len 9: some text
// expect: PUT null len 3: abc
// expect: PATCH null len 2: hi
// expect: POST application/x-www-form-urlencoded;charset=UTF-8 len 12: a=1&b=x+y%21
// expect: POST application/json len 8: {"k":[]}
import { start } from "./_raw.js";
const server = start(async (req) => {
  const body = await req.text();
  print(req.method, req.headers.get("content-type"), "len", req.headers.get("content-length") + ":", body);
  return new Response("ok");
});
const url = `http://127.0.0.1:${server.addr.port}/`;
await fetch(url, { method: "POST", body: "some text" });
await fetch(url, { method: "PUT", body: new TextEncoder().encode("abc") });
await fetch(url, { method: "PATCH", body: new TextEncoder().encode("hi").buffer });
await fetch(url, { method: "POST", body: new URLSearchParams({ a: "1", b: "x y!" }) });
await fetch(url, { method: "post", body: JSON.stringify({ k: [] }), headers: { "content-type": "application/json" } });
await server.shutdown();
