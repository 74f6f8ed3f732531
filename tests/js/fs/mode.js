// mode sets the permission bits of a file the call creates. A file made
// with mode 0o000 can still be written through the handle that created it;
// opening it again for reading is PermissionDenied, except for root, which
// the kernel lets through (so either outcome is accepted here).
// needs: fs
// perms: --allow-read --allow-write
// expect: 3
// expect: reopen ok
const path = `/tmp/toyjs-test-mode-${Math.random().toString(36).slice(2)}.txt`;
const f = Toy.openSync(path, { write: true, createNew: true, mode: 0o000 });
print(f.writeSync(Uint8Array.from([1, 2, 3])));
f.close();
try {
  const again = Toy.openSync(path);
  const buf = new Uint8Array(8);
  print(again.readSync(buf) === 3 ? "reopen ok" : "reopen read wrong");   // root
  again.close();
} catch (e) {
  const ok = e instanceof Toy.errors.PermissionDenied &&
    e.message === `Permission denied (os error 13): open '${path}'`;
  print(ok ? "reopen ok" : `${e.name}: ${e.message}`);
}
