// truncate on a missing file is NotFound; on a directory, IsADirectory.
// needs: fsx
// perms: --allow-read --allow-write
// expect: NotFound: No such file or directory (os error 2): truncate 'DIR/nope'
// expect: IsADirectory: Is a directory (os error 21): truncate 'DIR'
const dir = Toy.makeTempDirSync();
try {
  for (const p of [`${dir}/nope`, dir]) {
    try {
      await Toy.truncate(p, 1);
    } catch (e) {
      print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
    }
  }
} finally {
  Toy.removeSync(dir, { recursive: true });
}
