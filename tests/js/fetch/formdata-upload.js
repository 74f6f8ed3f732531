// A FormData goes up as multipart/form-data, a File's bytes as they are,
// and a server's handler reads it back with request.formData(). A Blob
// goes up with its type as the Content-Type, URLSearchParams as a form,
// and the answers come back through response.blob() and formData().
// needs: fetch
// perms: --allow-net
// expect: multipart/form-data true
// expect: note "two\r\nlines" string
// expect: doc a"b.bin application/octet-stream [0,1,2,255]
// expect: pic blob image/png 5
// expect: image/png 5 image/png
// expect: reply ["ok","yes"] ok application/x-www-form-urlencoded;charset=UTF-8
import { start } from "./_raw.js";
const server = start(async (req) => {
  const type = req.headers.get("content-type");
  if (type.startsWith("image/")) {
    const blob = await req.blob();
    print(blob.type, blob.size, type);
    return new Response(new URLSearchParams({ reply: "ok" }));
  }
  print(type.split(";")[0], /; boundary=\S+$/.test(type));
  const form = await req.formData();
  for (const [name, value] of form) {
    if (typeof value === "string") print(name, JSON.stringify(value), typeof value);
    else if (name === "doc") print(name, value.name, value.type, JSON.stringify([...await value.bytes()]));
    else print(name, value.name, value.type, value.size);
  }
  const answer = new FormData();
  answer.append("reply", "ok");
  answer.append("reply", "yes");
  return new Response(answer);
});
const url = `http://127.0.0.1:${server.addr.port}/`;
const form = new FormData();
form.append("note", "two\nlines");
form.append("doc", new File([new Uint8Array([0, 1, 2, 255])], "a\"b.bin"));
form.append("pic", new Blob(["\x89PNG"], { type: "image/png" }));
const res = await fetch(url, { method: "POST", body: form });
const back = await res.formData();
const res2 = await fetch(url, { method: "POST", body: new Blob(["\x89PNG"], { type: "image/png" }) });
const type2 = res2.headers.get("content-type");
print("reply", JSON.stringify(back.getAll("reply")), (await res2.formData()).get("reply"), type2);
await server.shutdown();
