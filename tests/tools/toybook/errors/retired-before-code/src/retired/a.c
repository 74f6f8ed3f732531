//> 01-hello b < 03-ops c
int b;
//< 01-hello b
