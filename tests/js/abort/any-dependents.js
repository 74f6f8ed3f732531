// AbortSignal.any: a signal made from others aborts with the first of
// them, and its abort event comes after the source's own, whichever
// listeners run first; one made from such a signal hangs on the same
// sources. Its argument must be a sequence.
// needs: abort
// expect: source abort
// expect: source second listener
// expect: any abort stop
// expect: any of any abort stop
// expect: not a sequence TypeError
const c = new AbortController();
const any = AbortSignal.any([c.signal]);
const anyOfAny = AbortSignal.any([any]);
c.signal.addEventListener("abort", () => print("source abort"));
any.addEventListener("abort", () => print("any abort", any.reason));
anyOfAny.addEventListener("abort", () => print("any of any abort", anyOfAny.reason));
c.signal.addEventListener("abort", () => print("source second listener"));
c.abort("stop");
try {
  AbortSignal.any(5);
} catch (e) {
  print("not a sequence", e.name);
}
