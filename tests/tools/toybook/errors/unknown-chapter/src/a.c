int a;
//> 04-nope x
//< 04-nope x
