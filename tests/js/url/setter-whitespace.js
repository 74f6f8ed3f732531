// Setters drop tabs and newlines anywhere in the value, as the parser
// does, instead of escaping them.
// needs: url
// expect: https://new.test:81/ab?q=1#frag
// expect: wss://new.test:81/ab?q=1#frag
const u = new URL("https://h.test:8000/");
u.pathname = "/a\tb";
u.port = "8\n1";
u.search = "q\r=1";
u.hash = "\nfrag";
u.hostname = "ne\tw.test";
print(u.href);
u.protocol = "\twss";
print(u.href);
