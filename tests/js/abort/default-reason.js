// Without a reason, the reason is a DOMException named AbortError, which
// throwIfAborted throws; before the abort it throws nothing.
// needs: abort
// expect: not thrown
// expect: AbortError The signal has been aborted true true
// expect: thrown the same: true
const c = new AbortController();
c.signal.throwIfAborted();
print("not thrown");
c.abort();
const r = c.signal.reason;
print(r.name, r.message, r instanceof DOMException, r instanceof Error);
try {
  c.signal.throwIfAborted();
} catch (e) {
  print("thrown the same:", e === r);
}
