// mode is the whole st_mode, as in Deno: the file type bits and the
// permission bits (which writeTextFile's mode option sets).
// expect: 600 regular
// expect: 400 regular
// expect: / directory
const base = "/tmp/toyjs-lab-stat-" + Math.random().toString(36).slice(2);
Toy.writeTextFileSync(base + ".a", "a", { mode: 0o600 });
Toy.writeTextFileSync(base + ".b", "b", { mode: 0o400 });
function type(mode) {
  const t = mode & 0o170000;
  return t === 0o100000 ? "regular" : t === 0o040000 ? "directory" : t.toString(8);
}
for (const p of [base + ".a", base + ".b"]) {
  const { mode } = Toy.statSync(p);
  print((mode & 0o777).toString(8), type(mode));
}
print("/", type(Toy.statSync("/").mode));
