// A ReadableStream that a reader holds, or that has been read from, can
// be no Response's body: the fetch standard's "extract a body" throws a
// TypeError, as the Request constructor does. (Taken, it left the server
// with a body it could not read: the answer's head went out, then
// nothing.) A fresh stream is taken.
// needs: pipes
// expect: locked: TypeError
// expect: disturbed: TypeError
// expect: fresh: "ok"
const locked = new ReadableStream();
locked.getReader();
try {
  new Response(locked);
  print("locked: taken");
} catch (e) {
  print(`locked: ${e.constructor.name}`);
}
const disturbed = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); } });
const reader = disturbed.getReader();
await reader.read();
reader.releaseLock();
try {
  new Response(disturbed);
  print("disturbed: taken");
} catch (e) {
  print(`disturbed: ${e.constructor.name}`);
}
const fresh = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("ok")); c.close(); } });
print(`fresh: ${JSON.stringify(await new Response(fresh).text())}`);
