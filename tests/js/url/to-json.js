// A URL turns into its href as a string and in JSON.
// needs: url
// expect: http://h/x
// expect: {"u":"http://h/x"}
// expect: [object URL]
const u = new URL("http://h/x");
print(`${u}`);
print(JSON.stringify({ u }));
print(Object.prototype.toString.call(u));
