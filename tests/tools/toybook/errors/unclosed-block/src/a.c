//> 01-hello x
int a;
