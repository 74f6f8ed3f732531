// Each call looks again: the size is what the file holds now.
// expect: 3 7 0
const path = "/tmp/toyjs-lab-stat-" + Math.random().toString(36).slice(2);
Toy.writeTextFileSync(path, "abc");
const a = Toy.statSync(path).size;
Toy.writeTextFileSync(path, "defg", { append: true });
const b = Toy.statSync(path).size;
Toy.writeFileSync(path, new Uint8Array(0));
Toy.stat(path).then((info) => print(a, b, info.size));
