int a;
/* 10-bit value */
