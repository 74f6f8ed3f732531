// Toy.copyFileSync(from, to) copies at once and returns undefined; an
// existing destination is overwritten, and a longer one is cut to size.
// expect: undefined
// expect: short
const base = "/tmp/toyjs-lab-copyfile-" + Math.random().toString(36).slice(2);
Toy.writeTextFileSync(base + ".src", "short");
Toy.writeTextFileSync(base + ".dst", "a much longer text that was there before");
print(Toy.copyFileSync(base + ".src", base + ".dst"));
print(Toy.readTextFileSync(base + ".dst"));
