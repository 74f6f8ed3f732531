// Headers, Request and Response work without a server.
// needs: http
// expect: text/html true false null
// expect: a=1 b=2, 3
// expect: POST http://h/x {"k":[1]}
// expect: 204 "" null 0
// expect: bytes 3 4 5
// expect: TypeError
const h = new Headers([["Content-Type", "text/html"]]);
h.set("X-Gone", "1");
h.delete("x-gone");
print(h.get("content-type"), h.has("CONTENT-TYPE"), h.has("x-gone"), h.get("nope"));
const h2 = new Headers({ b: "2", a: "1" });
h2.append("B", "3");
print([...h2.entries()].map(([k, v]) => `${k}=${v}`).join(" "));
const req = new Request("http://h/x", { method: "POST", body: '{"k":[1]}' });
print(req.method, req.url, JSON.stringify(await req.json()));
const res = new Response(null, { status: 204 });
print(res.status, JSON.stringify(res.statusText), res.headers.get("content-type"), (await res.text()).length);
const bin = new Response(new Uint8Array([3, 4, 5]));
print("bytes", ...new Uint8Array(await bin.arrayBuffer()));
try {
  await bin.text();
} catch (e) {
  print(e.constructor.name);
}
