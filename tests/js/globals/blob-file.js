// A File is a Blob with a name (a USVString) and lastModified (the time
// given, else now). Its class shows in its tag and in the console.
// needs: globals
// expect: a?.txt 1000 3 text/x
// expect: true true [object File] [object Blob]
// expect: File { name: 'n', size: 0, type: '', lastModified: 5 }
// expect: Blob { size: 2, type: 'a/b' }
// expect: true
const f = new File(["abc"], "a\udc00.txt", { lastModified: 1000.9, type: "Text/X" });
print(f.name.replace("\ufffd", "?"), f.lastModified, f.size, f.type);
print(f instanceof File, f instanceof Blob, String(f), Object.prototype.toString.call(new Blob()));
console.log(new File([], "n", { lastModified: 5 }));
console.log(new Blob(["hi"], { type: "a/b" }));
const before = Date.now();
const now = new File([], "x").lastModified;
print(now >= before && now <= Date.now());
