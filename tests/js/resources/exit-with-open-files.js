// A program that leaves files open still ends normally, with exit code 0:
// the runtime closes what is left at exit. What it wrote through a file it
// never closed is already in the file.
// needs: resources fs
// perms: --allow-read --allow-write
// expect: left open
// expect: written
const path = `/tmp/toyjs-test-exit-open-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "x");
for (let i = 0; i < 5; i++) Toy.openSync(path);
Toy.open(path);
const w = Toy.openSync(path, { write: true, truncate: true });
w.writeSync(Uint8Array.from("written", (c) => c.charCodeAt(0)));
print("left open");
print(Toy.readTextFileSync(path));
