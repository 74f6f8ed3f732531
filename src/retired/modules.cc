// retired/modules.cc: code of earlier chapters that a later chapter
// replaces, spliced back into modules.cc by book/tools/toybook (see its
// README).

//> 05-modules omit < 06-permissions read-module-checked
    int err = path ? toy_read_file(path, &text, &text_length) : -ENOENT;
//< 05-modules omit
