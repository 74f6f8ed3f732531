// Two hundred async opens in flight at once all resolve, to distinct rids
// in the table; closing them all empties it again.
// needs: resources fs
// perms: --allow-read --allow-write
// expect: 200 200 true
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
const path = `/tmp/toyjs-test-many-open-async-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "shared");
const opens = [];
for (let i = 0; i < 200; i++) opens.push(Toy.open(path));
Promise.all(opens).then((files) => {
  const table = Toy.resources();
  const distinct = new Set(files.map((f) => f.rid)).size;
  print(files.filter((f) => table[f.rid] === "fsFile").length, distinct,
        files.every((f) => f instanceof Toy.FsFile));
  for (const f of files) f.close();
  print(JSON.stringify(Toy.resources()));
});
