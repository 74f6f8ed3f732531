// bytes() reads a body as a Uint8Array of its own, for every kind of
// body: a string, a buffer, a view of part of one, a Blob.
// needs: fetch
// expect: 104,105 true
// expect: 2,3 3
// expect: 98 true
// expect: TypeError
const text = new Response("hi");
const bytes = await text.bytes();
print(bytes.join(), bytes instanceof Uint8Array);
const view = new Response(new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2));
print((await view.bytes()).join(), new Uint8Array(await new Request("http://x/", { method: "POST", body: new Int8Array([1, 2, 3]) }).arrayBuffer()).length);
const fromBlob = new Request("http://x/", { method: "POST", body: new Blob(["b"]) });
const b = await fromBlob.bytes();
print(b.join(), fromBlob.bodyUsed);
await fromBlob.bytes().catch((e) => print(e.name));
