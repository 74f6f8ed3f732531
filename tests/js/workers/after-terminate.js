// After terminate(), posting is quietly ignored and a second terminate()
// does nothing, as in Deno; no message of the worker's is delivered.
// needs: workers
// perms: --allow-read=${DIR}
// expect: ok
const w = new Worker(new URL("./fixtures/echo.js", import.meta.url), { type: "module" });
w.onmessage = () => print("unexpected message");
w.postMessage("before");
w.terminate();
w.postMessage("after");
w.terminate();
print("ok");
