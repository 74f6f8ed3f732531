int a;
//> 01-hello
