// URL.createObjectURL names a Blob by a blob: URL, which fetch answers
// with the Blob's bytes and type, its fragment ignored, until
// revokeObjectURL; only GET, and only the exact URL. A Request made
// before the URL was revoked keeps its Blob.
// needs: fetch
// expect: true true
// expect: 200 text/x 6 héllo
// expect: hé
// expect: TypeError TypeError TypeError
// expect: kept héllo
// expect: TypeError Failed to execute 'createObjectURL' on 'URL': parameter 1 is not of type 'Blob'.
const blob = new Blob(["héllo"], { type: "text/x" });
const url = URL.createObjectURL(blob);
print(/^blob:null\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(url), url !== URL.createObjectURL(blob));
const res = await fetch(url + "#part");
print(res.status, res.headers.get("content-type"), res.headers.get("content-length"), await res.text());
URL.revokeObjectURL(url + "#part");   // not the same URL: nothing revoked
print(await (await fetch(URL.createObjectURL(blob.slice(0, 3)))).text());
const failures = [fetch(url, { method: "POST" }), fetch(url + "?q"), (URL.revokeObjectURL(url), fetch(url))];
print(...(await Promise.allSettled(failures)).map((r) => r.reason?.name));
const again = URL.createObjectURL(blob);
const request = new Request(again);
URL.revokeObjectURL(again);
print("kept", await (await fetch(request)).text());
try {
  URL.createObjectURL("not a blob");
} catch (e) {
  print(e.name, e.message);
}
