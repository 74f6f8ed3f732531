// A pattern that matches a folder covers everything below it, as a plain
// path does; it does not cover the folder the '*' is in.
// flags: --allow-read=${DIR}/fixtures/*
// expect: fixtures/sub/deep/d.txt: granted
// expect: fixtures/a.txt: granted
// expect: fixtures: prompt
// expect: d
const F = "exercises/06-glob/tests/fixtures";
for (const name of ["/sub/deep/d.txt", "/a.txt", ""]) {
  print("fixtures" + name + ": " + Toy.permissions.querySync({ name: "read", path: F + name }).state);
}
print(Toy.readTextFileSync(F + "/sub/deep/d.txt").trim());
