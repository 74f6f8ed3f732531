// {write: true} alone does not create: a missing file is NotFound. On an
// existing file it writes over the start and keeps the rest.
// needs: fs
// perms: --allow-read --allow-write
// expect: NotFound true
// expect: XYcdef
const path = `/tmp/toyjs-test-open-write-nc-${Math.random().toString(36).slice(2)}.txt`;
try {
  Toy.openSync(path, { write: true });
  print("opened");
} catch (e) {
  print(e.name, e instanceof Toy.errors.NotFound);
}
Toy.writeTextFileSync(path, "abcdef");
const f = Toy.openSync(path, { write: true });
f.writeSync(Uint8Array.from([0x58, 0x59]));
f.close();
print(Toy.readTextFileSync(path));
