// A top-level await on a promise nothing can settle: once the loop is
// empty the run ends with Deno's error and exit code 1.
// needs: modules
// expect: before
// expect-error: Top-level await promise never resolved
print("before");
await new Promise(() => {});
print("never");
