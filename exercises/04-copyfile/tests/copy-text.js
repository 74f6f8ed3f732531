// Toy.copyFile(from, to) copies a file's contents to a new file, and
// returns a promise that resolves to undefined once the copy is done.
// expect: promise: true
// expect: resolved to: undefined
// expect: copied: hello, copy
const base = "/tmp/toyjs-lab-copyfile-" + Math.random().toString(36).slice(2);
Toy.writeTextFileSync(base + ".src", "hello, copy");
const p = Toy.copyFile(base + ".src", base + ".dst");
print("promise:", p instanceof Promise);
p.then((value) => {
  print("resolved to:", value);
  print("copied:", Toy.readTextFileSync(base + ".dst"));
});
