// retired/op_net.c: code of earlier chapters that a later chapter
// replaces, spliced back into op_net.c by book/tools/toybook (see its
// README).

//> 12-tcp omit < 19-workers net-listen-reuse-port
    int rc = uv_tcp_bind(&l->tcp, (const struct sockaddr *)&ss, 0);
//< 12-tcp omit

//> 12-tcp omit < 19-workers net-listen-op
    { .name = "op_net_listen", .fn = op_net_listen, .ret = TOY_JSON, TOY_ARGS(TOY_STR, TOY_U32) },
//< 12-tcp omit
