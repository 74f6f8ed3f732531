// makeTemp*'s dir, prefix and suffix: the name is prefix, random hex, suffix,
// inside dir.
// needs: fsx
// perms: --allow-read --allow-write
// expect: true true
// expect: true true
const dir = Toy.makeTempDirSync();
try {
  const sub = Toy.makeTempDirSync({ dir, prefix: "pre-", suffix: ".d" });
  const file = await Toy.makeTempFile({ dir, prefix: "log_", suffix: ".txt" });
  print(/^pre-[0-9a-f]{8,16}\.d$/.test(sub.slice(dir.length + 1)), sub.startsWith(`${dir}/`));
  print(/^log_[0-9a-f]{8,16}\.txt$/.test(file.slice(dir.length + 1)), file.startsWith(`${dir}/`));
} finally {
  Toy.removeSync(dir, { recursive: true });
}
