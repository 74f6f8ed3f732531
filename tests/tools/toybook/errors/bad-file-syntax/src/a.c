//@ 01-hello <
