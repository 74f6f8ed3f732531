// formData() of a body that does not parse is a TypeError that says
// why; an application/x-www-form-urlencoded body parses as a form, and
// any other type is refused. A quoted boundary and a preamble are fine,
// and a parameter inside a quoted value is not one.
// needs: fetch
// expect: no boundary line
// expect: the multipart/form-data boundary is missing or too long
// expect: the multipart/form-data boundary is missing or too long
// expect: a boundary line does not end in CRLF
// expect: a part's headers do not end, or are too long
// expect: a part's header has no name
// expect: a part has no Content-Disposition: form-data
// expect: a part has no name
// expect: a part does not end with a boundary
// expect: the Content-Type is missing
// expect: the Content-Type is 'text/plain'
// expect: ["a","1 2"],["b","é"]
// expect: ["x","ok"]
// expect: ["real"] a; name=evil
const cases = [
  ["multipart/form-data; boundary=B", ""],
  ["multipart/form-data", "--B--\r\n"],
  [`multipart/form-data; boundary=${"x".repeat(71)}`, "--B--\r\n"],
  ["multipart/form-data; boundary=B", "--Bjunk"],
  ["multipart/form-data; boundary=B", "--B\r\nContent-Disposition: form-data; name=a\r\n"],
  ["multipart/form-data; boundary=B", "--B\r\nno colon\r\n\r\nx\r\n--B--"],
  ["multipart/form-data; boundary=B", "--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--"],
  ["multipart/form-data; boundary=B", "--B\r\nContent-Disposition: form-data\r\n\r\nx\r\n--B--"],
  ["multipart/form-data; boundary=B", "--B\r\nContent-Disposition: form-data; name=a\r\n\r\nx--B--"],
  [null, "a=1"],
  ["text/plain", "a=1"],
];
for (const [type, body] of cases) {
  const res = new Response(body, { headers: type === null ? {} : { "content-type": type } });
  if (type === null) res.headers.delete("content-type");
  try {
    await res.formData();
    print("parsed");
  } catch (e) {
    print(e instanceof TypeError ? e.message.replace("Body can not be decoded as form data: ", "") : e);
  }
}
const urlencoded = new Response("a=1+2&b=%C3%A9", { headers: { "content-type": "application/x-www-form-urlencoded" } });
print(JSON.stringify([...await urlencoded.formData()]).slice(1, -1));
const quoted = new Response("preamble\r\n--a b\r\ncontent-disposition: form-data; name=\"x\"\r\n\r\nok\r\n--a b--\r\n", {
  headers: { "content-type": "multipart/form-data; boundary=\"a b\"" },
});
print(JSON.stringify([...await quoted.formData()]).slice(1, -1));
const sneaky = new Response("--B\r\nContent-Disposition: form-data; filename=\"a; name=evil\"; name=\"real\"\r\n\r\nv\r\n--B--", {
  headers: { "content-type": "multipart/form-data; boundary=B" },
});
const sneakyForm = await sneaky.formData();
print(JSON.stringify([...sneakyForm.keys()]), sneakyForm.get("real").name);
