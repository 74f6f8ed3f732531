// An absolute path resolves to its file:// URL, whoever asks; a file://
// URL resolves to itself; characters a URL cannot hold are escaped.
// needs: modules
// expect: file:///tmp/toyjs-nowhere/x.js
// expect: file:///tmp/toyjs-nowhere/y.js
// expect: file:///tmp/x.js
// expect: file:///tmp/with%20space.js
print(import.meta.resolve("/tmp/toyjs-nowhere/x.js"));
print(import.meta.resolve("file:///tmp/toyjs-nowhere/y.js"));
print(import.meta.resolve("/tmp/toyjs-nowhere/../x.js"));
print(import.meta.resolve("/tmp/with space.js"));
