// retired/main.c: code of earlier chapters that a later chapter replaces,
// spliced back into main.c by book/tools/toybook (see its README).

//> 01-hello omit < 16-repl main-no-script-repl
    if (cli.file == NULL && cli.v8_flags == NULL) {
        fprintf(stderr, "error: no script given\n\n%s", toy_cli_usage);
        return 2;
    }
//< 01-hello omit

//> 01-hello omit < 16-repl main-repl-after-flags
    if (cli.file == NULL) {
        int listed = strstr(cli.v8_flags, "--help") != NULL;
        if (!listed) fprintf(stderr, "error: no script given\n\n%s", toy_cli_usage);
        toy_v8_shutdown();
        return listed ? 0 : 2;
    }
//< 01-hello omit

//> 01-hello omit < 16-repl main-run-or-repl
    int code = rt ? toy_runtime_run_main(rt, cli.file) : 1;
//< 01-hello omit

//> 01-hello omit < 04-resources main-free-busy
    if (rt) toy_runtime_free(rt);
//< 01-hello omit

//> 01-hello omit < 20-debugger main-parse
    if (toy_cli_parse(&cli, argc, argv, err, sizeof err) != 0) {
        fprintf(stderr, "error: %s\n\nUsage: toyjs [OPTIONS] FILE [ARGS]...\n\n"
                        "For more information, try '--help'.\n", err);
        return 2;
    }
//< 01-hello omit
