// Writing through a file opened only for reading fails with the OS's
// "Bad file descriptor" (and reading one opened only for writing too),
// sync and async, and the file is left unchanged.
// needs: fs
// perms: --allow-read --allow-write
// expect: writeSync Bad file descriptor (os error 9)
// expect: readSync Bad file descriptor (os error 9)
// expect: write Bad file descriptor (os error 9)
// expect: unchanged
const path = `/tmp/toyjs-test-ro-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "unchanged");
const want = "Bad file descriptor (os error 9)";
const r = Toy.openSync(path);
const w = Toy.openSync(path, { write: true });
const buf = new Uint8Array(4);
for (const [name, call] of [["writeSync", () => r.writeSync(buf)], ["readSync", () => w.readSync(buf)]]) {
  try {
    call();
    print(name, "worked");
  } catch (e) {
    print(name, e instanceof Error && e.message.startsWith(want) ? want : e.message);
  }
}
r.write(buf).then(
  () => print("write worked"),
  (e) => print("write", e instanceof Error && e.message.startsWith(want) ? want : e.message),
).then(() => {
  r.close();
  w.close();
  print(Toy.readTextFileSync(path));
});
