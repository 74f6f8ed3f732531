// rids count up and are never handed out again after a close, so a stale
// rid can never reach a file opened later (unlike POSIX fds).
// needs: resources fs
// perms: --allow-read --allow-write
// expect: 3 4 5 6 7
// expect: {"0":"stdin","1":"stdout","2":"stderr","7":"fsFile"}
// expect: BadResource
const path = `/tmp/toyjs-test-rids-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "x");
const rids = [];
let last;
for (let i = 0; i < 5; i++) {
  last = Toy.openSync(path);
  rids.push(last.rid);
  if (i < 4) last.close();
}
print(rids.join(" "));
print(JSON.stringify(Toy.resources()));
try {
  Toy.close(3);   // the first file's rid: closed, and not anyone else's now
} catch (e) {
  print(e.name);
}
last.close();
