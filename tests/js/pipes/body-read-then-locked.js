// A body read by text() (or any other reader) is gone: asking for it as
// a stream afterwards gives one that is locked, so a second reader is a
// TypeError, as for a body that was a stream from the start.
// needs: pipes
// expect: hi true true
// expect: TypeError
const res = new Response("hi");
print(await res.text(), res.bodyUsed, res.body.locked);
try {
  res.body.getReader();
} catch (e) {
  print(e.name);
}
