// RequestInit, as the fetch standard checks it: the six common methods
// are upper-cased (others, PATCH among them, are kept as written), a GET
// or HEAD cannot have a body, and the members a browser uses (mode,
// credentials, cache, ...) have their defaults and allowed values.
// needs: http
// expect: GET DELETE patch
// expect: TypeError
// expect: TypeError
// expect: cors same-origin default about:client false half
// expect: no-cors include no-store  true
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
function attempt(make) {
  try {
    make();
    print("accepted?");
  } catch (e) {
    print(e.name);
  }
}
const url = "http://h/";
print(new Request(url, { method: "get" }).method, new Request(url, { method: "Delete" }).method,
  new Request(url, { method: "patch" }).method);
attempt(() => new Request(url, { body: "x" }));
attempt(() => new Request(url, { method: "HEAD", body: "x" }));
const plain = new Request(url);
print(plain.mode, plain.credentials, plain.cache, plain.referrer, plain.keepalive, plain.duplex);
const set = new Request(url, { mode: "no-cors", credentials: "include", cache: "no-store", referrer: "",
  keepalive: true });
print(set.mode, set.credentials, set.cache, set.referrer, set.keepalive);
attempt(() => new Request(url, { mode: "navigate" }));
attempt(() => new Request(url, { cache: "sometimes" }));
attempt(() => new Request(url, { cache: "only-if-cached" }));
attempt(() => new Request(url, { window: {} }));
attempt(() => new Request(url, { method: "POST", body: "x", duplex: "full" }));
