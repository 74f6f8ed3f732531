// Chapter 03's op table, exactly: the core ops (print, metrics, add, sleep,
// crc32) and the timer ops. A new op has to show up here (or in a later
// chapter's own list) rather than appear unnoticed.
// needs: ops !resources
// expect: 8
// expect: op_add op_crc32 op_metrics op_print op_sleep op_timer_clear op_timer_repeat op_timer_start
const names = Object.keys(Toy.core.ops).sort();
print(names.length);
print(names.join(" "));
