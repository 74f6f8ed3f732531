//> 01-hello x
//< 01-hello x
//> 01-hello omit
//< 01-hello omit
