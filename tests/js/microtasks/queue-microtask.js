// queueMicrotask runs its callback after the script, before anything else.
// needs: microtasks
// expect: script
// expect: microtask
queueMicrotask(() => print("microtask"));
print("script");
