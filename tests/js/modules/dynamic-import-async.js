// import() never settles synchronously: the code after the call runs
// first, then a microtask queued before the call, and the import settles
// later, from the event loop.
// needs: modules microtasks
// perms: --allow-read
// expect: after import()
// expect: microtask
// expect: lib evaluated
// expect: imported lib
queueMicrotask(() => print("microtask"));
import("./fixtures/dynamic/lib.js").then((ns) => print("imported", ns.name));
print("after import()");
