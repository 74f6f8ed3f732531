// rename reads its source as well as moving it (as in Deno): with write
// access only, it is denied read access to the source.
// needs: fsx
// perms: --allow-write
// expect: PermissionDenied: Requires read access to "DIR/a", run again with the --allow-read flag
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/a`, "");
  await Toy.rename(`${dir}/a`, `${dir}/b`);
} catch (e) {
  print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
