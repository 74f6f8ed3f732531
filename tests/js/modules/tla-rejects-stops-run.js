// When an imported module's top-level await rejects, the run ends there:
// a timer the main module set for later never fires.
// needs: modules timers errors
// perms: --allow-read
// expect-error: Uncaught Error: late rejection
setTimeout(() => print("never: timer"), 200);
await import("./fixtures/errors/rejects-later.js");
print("never: main");
