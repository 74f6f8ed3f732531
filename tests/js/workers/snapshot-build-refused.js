// While --build-snapshot runs an app, there is one isolate, the
// snapshot's: a Worker cannot be started, and says so.
// needs: workers snapshots
// perms: --allow-read=${DIR}
// cmd: --build-snapshot ${FILE} -o /tmp/toyjs-test-workers-snapshot.snap
// expect: Error: Workers cannot be started while a snapshot is being built
try {
  new Worker("file:///nonexistent/w.js", { type: "module" });
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
Toy.snapshot.setMain(() => {});
