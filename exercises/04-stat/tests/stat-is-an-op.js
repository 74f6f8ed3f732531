// stat is one async op, op_fs_stat, run off the JS thread; statSync is
// the sync op op_fs_stat_sync.
// expect: in flight: 1
// expect: op_fs_stat: async 1, completed 1
// expect: op_fs_stat_sync: slow 1, completed 1
const done = Toy.stat("/");
print("in flight:", Toy.core.metrics().opsPending);
done.then(() => {
  Toy.statSync("/");
  const m = Toy.core.metrics().ops;
  const a = m.op_fs_stat, s = m.op_fs_stat_sync;
  print(`op_fs_stat: async ${a.async}, completed ${a.completed}`);
  print(`op_fs_stat_sync: slow ${s.slow}, completed ${s.completed}`);
});
