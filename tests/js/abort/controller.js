// abort() aborts the controller's signal once: listeners and onabort run
// once, in that order, with the signal as the event's target; a second
// abort() changes nothing.
// needs: abort
// expect: before: false undefined
// expect: listener abort true
// expect: onabort abort
// expect: after: true first
const c = new AbortController();
const s = c.signal;
print("before:", s.aborted, s.reason);
s.addEventListener("abort", (e) => print("listener", e.type, e.target === s));
s.onabort = (e) => print("onabort", e.type);
c.abort("first");
c.abort("second");
print("after:", s.aborted, s.reason);
