// A message without a body is never "used": reading it gives an empty
// result as often as asked, and bodyUsed stays false. One with a body,
// even an empty one, is used once read.
// needs: http
// expect: "" "" false
// expect: 0 false
// expect: true TypeError
const none = new Response(null);
print(JSON.stringify(await none.text()), JSON.stringify(await none.text()), none.bodyUsed);
print((await none.arrayBuffer()).byteLength, new Request("http://x/").bodyUsed);
const empty = new Response("");
await empty.text();
try {
  await empty.text();
} catch (e) {
  print(empty.bodyUsed, e.name);
}
