// A worker's module is a file the program names at run time: as in Deno,
// reading it needs read access, checked against the creating thread's
// permissions. Without it the module never runs, and the file (which
// need not even be JavaScript) is neither run nor shown in an error.
// needs: workers perms
// expect-stderr: Requires read access to "
// expect-stderr: fixtures/secret/secret.txt"
// expect-stderr: error: Uncaught (in promise) Error: Unhandled error in child worker.
// expect-exit: 1
new Worker(new URL("./fixtures/secret/secret.txt", import.meta.url), { type: "module" });
