// Each part escapes its own set of characters, as UTF-8 bytes; "%"
// sequences already there stay as they are. A special URL's query
// escapes ' too; an opaque path keeps its spaces.
// needs: url
// expect: /a%20b/%C3%A9/%7Bx%7D%25
// expect: ?q=a%20b&c=%27%22
// expect: #frag%20ment%60
// expect: us%20er p%40ss
// expect: mailto:Joe Doe@example.com
const u = new URL("http://us er:p@ss@h/a b/é/{x}%25?q=a b&c='\"#frag ment`");
print(u.pathname);
print(u.search);
print(u.hash);
print(u.username, u.password);
print(new URL("mailto:Joe Doe@example.com").href);
