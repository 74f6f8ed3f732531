// retired/js/16_tls.js: code of earlier chapters that a later chapter
// replaces, spliced back into js/16_tls.js by book/tools/toybook (see its
// README).

//> 15-tls omit < 19-workers tls-listen-reuse-port
      const listener = globalThis.Toy.listen({ hostname, port });
//< 15-tls omit
