//> 01-hello a
int a;
//< 01-hello a extra
