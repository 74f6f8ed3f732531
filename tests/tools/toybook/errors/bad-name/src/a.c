//> 01-hello Big_Name
//< 01-hello Big_Name
