// copyFile is one async op, op_fs_copy_file, run off the JS thread: the
// script goes on while the copy is in flight. copyFileSync is the sync
// op op_fs_copy_file_sync. Neither reads the file into JS.
// expect: in flight: 1
// expect: after the call
// expect: op_fs_copy_file: async 1, completed 1
// expect: op_fs_copy_file_sync: slow 1, completed 1
// expect: file reads from JS: 0
const base = "/tmp/toyjs-lab-copyfile-" + Math.random().toString(36).slice(2);
Toy.writeTextFileSync(base + ".src", "ops");
const done = Toy.copyFile(base + ".src", base + ".a");
print("in flight:", Toy.core.metrics().opsPending);
print("after the call");
done.then(() => {
  Toy.copyFileSync(base + ".src", base + ".b");
  const m = Toy.core.metrics().ops;
  const a = m.op_fs_copy_file, s = m.op_fs_copy_file_sync;
  print(`op_fs_copy_file: async ${a.async}, completed ${a.completed}`);
  print(`op_fs_copy_file_sync: slow ${s.slow}, completed ${s.completed}`);
  let reads = 0;
  for (const name of ["op_fs_read_file", "op_fs_read_file_sync", "op_fs_read_text_file",
                      "op_fs_read_text_file_sync", "op_fs_read", "op_fs_read_sync"])
    reads += m[name].dispatched;
  print("file reads from JS:", reads);
});
