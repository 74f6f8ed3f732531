// Seeking before the start of the file fails with the OS's message and
// leaves the position where it was.
// needs: fs
// perms: --allow-read --allow-write
// expect: Invalid argument (os error 22)
// expect: 3
const path = `/tmp/toyjs-test-seek-neg-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "abcdef");
const f = Toy.openSync(path);
f.seekSync(3);
try {
  f.seekSync(-1, Toy.SeekMode.Start);
  print("seeked");
} catch (e) {
  print(e.message.slice(0, "Invalid argument (os error 22)".length));
}
print(f.seekSync(0, Toy.SeekMode.Current));
f.close();
