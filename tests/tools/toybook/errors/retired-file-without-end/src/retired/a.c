//@ 01-hello
int a;
