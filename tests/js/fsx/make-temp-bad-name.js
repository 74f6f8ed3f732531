// A prefix or suffix may not climb out of dir or hold control characters.
// needs: fsx
// perms: --allow-read --allow-write
// expect: Error: Invalid character in prefix or suffix: '/'
// expect: Error: Invalid control character in prefix or suffix: '\n'
// expect: 0
const dir = Toy.makeTempDirSync();
try {
  for (const options of [{ dir, prefix: "../" }, { dir, suffix: "a\nb" }]) {
    try {
      Toy.makeTempFileSync(options);
    } catch (e) {
      print(`${e.name}: ${e.message}`);
    }
  }
  print([...Toy.readDirSync(dir)].length);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
