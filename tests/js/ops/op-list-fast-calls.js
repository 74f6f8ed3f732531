// Every op chapter 08 registers, by name. A new op must be added here on
// purpose: the list cannot grow unnoticed.
// needs: fastcalls !inspect
// expect: 36
// expect: op_add
// expect: op_add_checked
// expect: op_close
// expect: op_crc32
// expect: op_env_delete
// expect: op_env_get
// expect: op_env_set
// expect: op_env_to_object
// expect: op_fs_cwd
// expect: op_fs_open
// expect: op_fs_open_sync
// expect: op_fs_read
// expect: op_fs_read_file
// expect: op_fs_read_file_sync
// expect: op_fs_read_sync
// expect: op_fs_read_text_file
// expect: op_fs_read_text_file_sync
// expect: op_fs_seek
// expect: op_fs_seek_sync
// expect: op_fs_write
// expect: op_fs_write_file
// expect: op_fs_write_file_sync
// expect: op_fs_write_sync
// expect: op_fs_write_text_file
// expect: op_fs_write_text_file_sync
// expect: op_metrics
// expect: op_permissions_query
// expect: op_permissions_request
// expect: op_permissions_revoke
// expect: op_print
// expect: op_resources
// expect: op_sleep
// expect: op_timer_clear
// expect: op_timer_repeat
// expect: op_timer_start
// expect: op_void_async
const names = Object.keys(Toy.core.ops).sort();
print(names.length);
for (const name of names) print(name);
