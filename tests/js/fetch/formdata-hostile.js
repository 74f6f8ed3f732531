// formData() reads a stranger's body in time that grows with its length:
// fifty thousand parts, a part full of near-boundaries, headers that
// never end, none of them makes the work grow with the square of the
// size (which would take minutes here).
// needs: fetch
// expect: 50000 x49999
// expect: 1 1100000
// expect: a part's headers do not end, or are too long
const type = { "content-type": "multipart/form-data; boundary=BOUNDARY" };
const many = "--BOUNDARY\r\nContent-Disposition: form-data; name=x\r\n\r\nv\r\n".repeat(50000) + "--BOUNDARY--";
const form = await new Response(many, { headers: type }).formData();
print(form.getAll("x").length, "x" + (form.getAll("x").length - 1));
const near = "\r\n--BOUNDAR".repeat(100000);
const one = await new Response(`--BOUNDARY\r\nContent-Disposition: form-data; name=n\r\n\r\n${near}\r\n--BOUNDARY--`, { headers: type }).formData();
print(one.getAll("n").length, one.get("n").length);
const endless = "--BOUNDARY\r\nX-Filler: " + "y".repeat(1 << 20);
try {
  await new Response(endless, { headers: type }).formData();
} catch (e) {
  print(e.message.replace("Body can not be decoded as form data: ", ""));
}
