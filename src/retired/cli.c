// retired/cli.c: code of earlier chapters that a later chapter replaces,
// spliced back into cli.c by book/tools/toybook (see its README).

//> 01-hello omit < 16-repl usage-repl
    "Usage: toyjs [OPTIONS] FILE [ARGS]...\n"
//< 01-hello omit
