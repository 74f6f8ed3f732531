// Files that report a size of 0 but have contents (Linux's /proc) are
// still read to their end.
// needs: fs
// perms: --allow-read --allow-write
// expect: Name: true
// expect: true
const text = Toy.readTextFileSync("/proc/self/status");
print(text.slice(0, 5), text.length > 100);
Toy.readFile("/proc/self/status").then((b) => print(b.length > 100 && b[0] === 0x4e));
