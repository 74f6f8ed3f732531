// retired/runtime.h: code of earlier chapters that a later chapter
// replaces, spliced back into runtime.h by book/tools/toybook (see its
// README).

//> 01-hello omit < 04-resources runtime-free-api
void toy_runtime_free(toy_runtime *rt);
//< 01-hello omit
