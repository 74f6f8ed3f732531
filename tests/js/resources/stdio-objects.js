// Toy.stdin, Toy.stdout and Toy.stderr carry the rids of the three
// standard streams; the tests' stdin is /dev/null, so a read gives null
// (end of file) at once.
// needs: resources fs
// perms: --allow-read --allow-write
// expect: 0 stdin
// expect: 1 stdout
// expect: 2 stderr
// expect: null
for (const s of [Toy.stdin, Toy.stdout, Toy.stderr]) print(s.rid, Toy.resources()[s.rid]);
Toy.stdin.read(new Uint8Array(16)).then((r) => print(r));
