// retired/main.c: the fixture's code that a later chapter replaces.
//> 01-hello greet-body < 03-ops greet-op
  puts("hello");
//< 01-hello greet-body
