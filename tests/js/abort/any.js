// AbortSignal.any follows the first of its signals to abort, with that
// signal's reason; given one already aborted, it starts aborted.
// needs: abort
// expect: false
// expect: true b
// expect: true early
const a = new AbortController();
const b = new AbortController();
const both = AbortSignal.any([a.signal, b.signal]);
print(both.aborted);
b.abort("b");
a.abort("a");
print(both.aborted, both.reason);
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort("early")]);
print(pre.aborted, pre.reason);
