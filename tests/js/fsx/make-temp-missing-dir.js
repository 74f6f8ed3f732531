// makeTempDir in a directory that does not exist: NotFound, worded as
// Deno's "tmpdir" (and "tmpfile").
// needs: fsx
// perms: --allow-read --allow-write
// expect: NotFound: No such file or directory (os error 2): tmpdir
// expect: NotFound: No such file or directory (os error 2): tmpfile
const dir = Toy.makeTempDirSync();
try {
  try {
    await Toy.makeTempDir({ dir: `${dir}/nope` });
  } catch (e) {
    print(`${e.name}: ${e.message}`);
  }
  try {
    Toy.makeTempFileSync({ dir: `${dir}/nope` });
  } catch (e) {
    print(`${e.name}: ${e.message}`);
  }
} finally {
  Toy.removeSync(dir, { recursive: true });
}
