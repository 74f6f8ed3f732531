// A worker started by a program that runs from an app snapshot gets a
// new global, from toyjs's own snapshot: it started from the app's, with
// the app's build-time state in its global.
// needs: workers snapshots
// perms: --allow-read --allow-run --allow-write=/tmp
// expect: worker sees appState: undefined
const exe = Toy.execPath();
const app = decodeURIComponent(new URL("./fixtures/workers/snapshot-app.js", import.meta.url).pathname);
const worker = new URL("./fixtures/workers/app-state.js", import.meta.url).href;
// A name of its own: the suites of several chapters run this test at once.
const snap = `/tmp/toyjs-test-attack-worker-app-${Toy.pid}-${Math.random().toString(36).slice(2)}.snap`;
const run = (...args) => new Toy.Command(exe, { args }).outputSync();
const built = run("--build-snapshot", app, "-o", snap);
if (!built.success) print("build failed:", new TextDecoder().decode(built.stderr));
const ran = run("--allow-read", "--snapshot", snap, worker);
Toy.removeSync(snap);
print(new TextDecoder().decode(ran.stdout).trim());
if (!ran.success) print(new TextDecoder().decode(ran.stderr));
