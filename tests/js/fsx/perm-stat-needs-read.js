// stat, lstat, readDir and realPath need read access, checked in C: with
// write access only, each is denied with Deno's message.
// needs: fsx
// perms: --allow-write
// expect: PermissionDenied: Requires read access to "DIR", run again with the --allow-read flag
// expect: PermissionDenied: Requires read access to "DIR", run again with the --allow-read flag
// expect: PermissionDenied: Requires read access to "DIR", run again with the --allow-read flag
// expect: PermissionDenied: Requires read access to "DIR", run again with the --allow-read flag
const dir = Toy.makeTempDirSync();
try {
  for (const call of [() => Toy.statSync(dir), () => Toy.lstatSync(dir),
    () => Toy.readDirSync(dir), () => Toy.realPathSync(dir)]) {
    try {
      call();
    } catch (e) {
      print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
    }
  }
} finally {
  Toy.removeSync(dir, { recursive: true });
}
