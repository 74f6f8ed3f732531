// An error in a worker that no listener handles ends the program as in
// Deno: the worker's report, then the parent's, and exit code 1.
// needs: workers
// perms: --allow-read=${DIR}
// expect-stderr-line: error: Uncaught (in worker "") Error: boom
// expect-stderr: error: Uncaught (in promise) Error: Unhandled error in child worker.
// expect-exit: 1
new Worker(new URL("./fixtures/throw.js", import.meta.url), { type: "module" });
