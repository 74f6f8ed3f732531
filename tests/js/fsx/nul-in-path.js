// A path with a NUL byte is refused before C sees it: C would stop at the
// NUL and touch another file.
// needs: fsx
// perms: --allow-read --allow-write
// expect: TypeError: file name contained an unexpected NUL byte: stat 'DIR/a'
// expect: TypeError: file name contained an unexpected NUL byte: remove 'DIR'
const dir = Toy.makeTempDirSync();
try {
  for (const call of [() => Toy.statSync(`${dir}/a\0b`), () => Toy.removeSync(`${dir}\0/x`)]) {
    try {
      call();
    } catch (e) {
      print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
    }
  }
} finally {
  Toy.removeSync(dir, { recursive: true });
}
