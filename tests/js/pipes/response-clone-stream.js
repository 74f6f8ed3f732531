// Cloning a Response whose body is a stream tees it: each copy reads all
// of it, and the copy's chunks are copies, so a reader that writes into
// a chunk it got does not change what the other reader sees.
// needs: pipes
// expect: original: 1,2,3 | 4
// expect: clone: 1,2,3 | 4
// expect: TypeError
const source = new ReadableStream({
  start(c) {
    c.enqueue(new Uint8Array([1, 2, 3]));
    c.enqueue(new Uint8Array([4]));
    c.close();
  },
});
const res = new Response(source);
const copy = res.clone();
async function chunks(stream, scribble) {
  const out = [];
  for await (const chunk of stream) {
    out.push([...chunk].join(","));
    if (scribble) chunk.fill(9);
  }
  return out.join(" | ");
}
print("original:", await chunks(res.body, true));
print("clone:", await chunks(copy.body, false));
const locked = new Response(new ReadableStream());
locked.body.getReader();
try {
  locked.clone();
} catch (e) {
  print(e.name);
}
