// The first chapter's runtime has no timers or microtask queue yet.
// needs: print !timers
// expect: undefined undefined undefined
print(typeof setTimeout, typeof setInterval, typeof queueMicrotask);
