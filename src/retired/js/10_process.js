// retired/js/10_process.js: code of earlier chapters that a later chapter
// replaces, spliced back into js/10_process.js by book/tools/toybook (see
// its README).

//> 11-files omit < 18-pipes process-stdin-piped
      (mode("stdin", o.stdin, "inherit", ["inherit", "null"]) << 2) |
//< 11-files omit
