// Blobs made while an app snapshot is built are in the snapshot: their
// internal fields hold V8 objects, which a snapshot keeps without help
// from the runtime, and they can still be read and cloned when the app
// runs from it.
// needs: snapshots globals run
// perms: --allow-read --allow-run --allow-write=/tmp
// expect: 17 text/x from the snapshot n.txt
// expect: from the snapshot n.txt true
// expect: new
const exe = Toy.execPath();
// (No URL: it comes in chapter 14.)
const app = decodeURIComponent(import.meta.url.replace(/^file:\/\//, "").replace(/\/[^/]*$/, "")) + "/fixtures/blob-app.js";
// A name of its own: the suites of several chapters run this test at once.
const snap = `/tmp/toyjs-test-blob-app-${Toy.pid}-${Math.random().toString(36).slice(2)}.snap`;
const run = (...args) => new Toy.Command(exe, { args }).outputSync();
const built = run("--build-snapshot", app, "-o", snap);
if (!built.success) print("build failed:", new TextDecoder().decode(built.stderr));
const ran = run("--snapshot", snap);
Toy.removeSync(snap);
print(new TextDecoder().decode(ran.stdout).trim());
if (!ran.success) print(new TextDecoder().decode(ran.stderr));
