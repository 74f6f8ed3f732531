// Toy.stat(path) returns a promise of the file's FileInfo: isFile,
// isDirectory and its size in bytes.
// expect: promise: true
// expect: isFile true
// expect: isDirectory false
// expect: size 11
const path = "/tmp/toyjs-lab-stat-" + Math.random().toString(36).slice(2);
Toy.writeTextFileSync(path, "hello, stat");
const p = Toy.stat(path);
print("promise:", p instanceof Promise);
p.then((info) => {
  print("isFile", info.isFile);
  print("isDirectory", info.isDirectory);
  print("size", info.size);
});
