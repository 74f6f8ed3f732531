// btoa and atob: Latin-1 to base64 and back; whitespace and missing
// padding are forgiven.
// needs: globals
// expect: aGVsbG8=  //4= hello hello hi
print(btoa("hello"), btoa(""), btoa("\xff\xfe"), atob("aGVsbG8="), atob(" aGVs bG8 "), atob("aGk"));
