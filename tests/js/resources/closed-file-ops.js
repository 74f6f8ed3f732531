// Every operation on a closed FsFile fails with BadResource: the sync forms
// throw, the async forms return a rejected promise (they do not throw).
// needs: resources fs
// perms: --allow-read --allow-write
// expect: readSync BadResource Bad resource ID
// expect: writeSync BadResource Bad resource ID
// expect: seekSync BadResource Bad resource ID
// expect: read BadResource Bad resource ID
// expect: write BadResource Bad resource ID
// expect: seek BadResource Bad resource ID
const path = `/tmp/toyjs-test-closed-ops-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "x");
const f = Toy.openSync(path, { read: true, write: true });
f.close();
const buf = new Uint8Array(4);
for (const [name, call] of [["readSync", () => f.readSync(buf)],
                            ["writeSync", () => f.writeSync(buf)],
                            ["seekSync", () => f.seekSync(0)]]) {
  try {
    call();
    print(name, "worked");
  } catch (e) {
    print(name, e.name, e.message);
  }
}
async function run() {
  for (const [name, call] of [["read", () => f.read(buf)],
                              ["write", () => f.write(buf)],
                              ["seek", () => f.seek(0)]]) {
    let p;
    try {
      p = call();
    } catch (e) {
      print(name, "threw", e.name);
      continue;
    }
    await p.then(() => print(name, "worked"), (e) => print(name, e.name, e.message));
  }
}
run();
