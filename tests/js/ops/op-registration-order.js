// Toy.core.ops lists the ops in the order their extensions load: core
// first (its ops as declared), then timers, which depends on core.
// needs: ops !resources
// expect: op_print op_metrics op_add op_sleep op_crc32 op_timer_start op_timer_clear op_timer_repeat
print(Object.keys(Toy.core.ops).join(" "));
