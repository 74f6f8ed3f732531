// How a FormData is written as multipart/form-data: a part per entry,
// a quote, CR and LF in a name or filename written %22, %0D and %0A, a
// lone CR or LF in a name or string value made CR LF, a File's type
// (application/octet-stream when it has none); and read back the same.
// needs: fetch
// expect: --B
// expect: Content-Disposition: form-data; name="a%22b%0D%0A"
// expect:
// expect: 1
// expect: 2
// expect: 3
// expect: --B
// expect: Content-Disposition: form-data; name="f"; filename="x%0Ay%22.txt"
// expect: Content-Type: application/octet-stream
// expect:
// expect: data
// expect: --B--
// expect: ["a\"b\r\n","1\r\n2\r\n3"]
// expect: ["f","x\ny\".txt","data"]
const form = new FormData();
form.append("a\"b\r", "1\n2\r3");
form.append("f", new File(["data"], "x\ny\".txt"));
const res = new Response(form);
const type = res.headers.get("content-type");
const boundary = type.slice(type.indexOf("boundary=") + 9);
const text = await res.text();
for (const line of text.split(boundary).join("B").split("\r\n").slice(0, -1)) {
  print(line.replace(/\r/g, "\\r").replace(/\n/g, "\\n"));
}
const back = await new Response(text, { headers: { "content-type": type } }).formData();
const [[n1, v1], [n2, v2]] = back;
print(JSON.stringify([n1, v1]));
print(JSON.stringify([n2, v2.name, await v2.text()]));
