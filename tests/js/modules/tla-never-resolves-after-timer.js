// The verdict waits for the loop: pending timers still run before the
// never-resolved await is reported.
// needs: modules timers
// expect: timer ran
// expect-error: Top-level await promise never resolved
setTimeout(() => print("timer ran"), 10);
await new Promise(() => {});
