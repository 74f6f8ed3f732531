//@ 01-hello < 03-ops
/* old.c: a file that chapter 03 no longer needs. */
int old_helper(void) { return 1; }
