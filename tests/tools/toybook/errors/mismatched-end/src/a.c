//> 01-hello x
int a;
//< 01-hello y
