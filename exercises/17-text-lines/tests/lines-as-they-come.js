// Each line is given as soon as its break has been written, by the
// transform, not when the stream ends: a reader gets "a" while the
// writer is still open. The last line, which has no break after it,
// comes from the flush, once the writer closes.
// needs: streams
// expect: got "a"
// expect: got "b" before the close? false
// expect: got "b" after the close
// expect: done true
const stream = new TextLineStream();
const writer = stream.writable.getWriter();
const reader = stream.readable.getReader();
writer.write("a\nb");
print(`got ${JSON.stringify((await reader.read()).value)}`);
let got = null;
const next = reader.read().then((result) => (got = result));
await new Promise((resolve) => setTimeout(resolve, 0));
print(`got "b" before the close? ${got !== null}`);
await writer.close();
print(`got ${JSON.stringify((await next).value)} after the close`);
print("done", (await reader.read()).done);
