// retired/op_fs.c: code of earlier chapters that a later chapter
// replaces, spliced back into op_fs.c by book/tools/toybook (see its
// README).

//> 04-resources omit < 06-permissions fs-open-checked
    return open(j->path, flags, mode);
//< 04-resources omit

//> 04-resources omit < 06-permissions fs-finish-walk
        toy_call_fail_errno(c, j->err, j->syscall, j->path);
//< 04-resources omit

//> 04-resources omit < 08-fast-calls read-all-buffer
    uint8_t *buf = malloc(cap);
//< 04-resources omit
