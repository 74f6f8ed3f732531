// A worker whose module does not exist fails as Deno's does: an error
// in the worker, then in the parent.
// needs: workers
// perms: --allow-read=${DIR}
// expect-stderr: error: Uncaught (in worker "") Module not found "file://
// expect-stderr: /workers/fixtures/nope.js".
// expect-stderr: error: Uncaught (in promise) Error: Unhandled error in child worker.
// expect-exit: 1
new Worker(new URL("./fixtures/nope.js", import.meta.url), { type: "module" });
