// postMessage() needs its message, as the web's does.
// needs: workers
// perms: --allow-read=${DIR}
// expect: TypeError: Failed to execute 'postMessage' on 'Worker': 1 argument required, but only 0 present.
// expect: TypeError: Failed to execute 'postMessage' on 'MessagePort': 1 argument required, but only 0 present.
const w = new Worker(new URL("./fixtures/echo.js", import.meta.url), { type: "module" });
const { port1 } = new MessageChannel();
for (const target of [w, port1]) {
  try {
    target.postMessage();
  } catch (e) {
    print(`${e.name}: ${e.message}`);
  }
}
w.terminate();
