// retired/js/11_net.js: code of earlier chapters that a later chapter
// replaces, spliced back into js/11_net.js by book/tools/toybook (see its
// README).

//> 12-tcp omit < 19-workers net-listen-reuse-js
      return new Listener(ops.op_net_listen(String(hostname), portOf(options)));
//< 12-tcp omit
