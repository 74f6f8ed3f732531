// copyFile needs read access to the source and write access to the
// destination; with only write access, the read is what is denied.
// needs: fsx
// perms: --allow-write
// expect: PermissionDenied: Requires read access to "DIR/a", run again with the --allow-read flag
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/a`, "secret");
  Toy.copyFileSync(`${dir}/a`, `${dir}/b`);
} catch (e) {
  print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
