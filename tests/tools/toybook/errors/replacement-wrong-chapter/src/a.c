//> 03-ops b
int b;
//< 03-ops b
