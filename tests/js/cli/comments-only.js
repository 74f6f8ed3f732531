// A file of nothing but comments prints nothing and exits 0.
// needs: cli

/* Not even
   a statement. */
