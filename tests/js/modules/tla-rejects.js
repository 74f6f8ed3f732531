// A top-level await whose promise rejects throws at the await: uncaught,
// it is reported as an uncaught error (not "in promise"), exit 1.
// needs: modules timers errors
// expect: before
// expect-error: Uncaught Error: rejected later
print("before");
await new Promise((_, reject) => setTimeout(() => reject(new Error("rejected later")), 10));
print("never");
