// clone() copies a Request or Response with its body (the two are read
// apart); a body read already cannot be cloned. A Request made from a
// Request takes its body over: the first one is used from then on.
// needs: http
// expect: 404 x-a=1 one one
// expect: TypeError
// expect: POST two two
// expect: moved: true two
// expect: TypeError
const res = new Response("one", { status: 404, headers: { "x-a": "1" } });
const copy = res.clone();
copy.headers.set("x-a", "changed on the copy");
print(copy.status, `x-a=${res.headers.get("x-a")}`, await res.text(), await copy.text());
try {
  res.clone();
} catch (e) {
  print(e.name);
}
const req = new Request("http://h/", { method: "POST", body: "two" });
const twin = req.clone();
print(twin.method, await twin.text(), await req.clone().text());
const first = new Request("http://h/", { method: "POST", body: "two" });
const second = new Request(first);
print("moved:", first.bodyUsed, await second.text());
try {
  new Request(first);
} catch (e) {
  print(e.name);
}
