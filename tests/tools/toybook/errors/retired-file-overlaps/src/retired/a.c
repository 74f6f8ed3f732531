//@ 01-hello < 03-ops
int old_a;
