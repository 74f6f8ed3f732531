// FormData keeps named entries in order. A Blob becomes a File named
// "blob" (or the filename given), a File given a filename a new File;
// names and strings lose lone surrogates. set() replaces the first entry
// of a name and drops the rest.
// needs: fetch
// expect: ["a","b","a","f","g"]
// expect: ["1","x\ufffd"] true false
// expect: File blob text/x 3
// expect: File new.txt 7 false
// expect: ["a","b","f","g"] ["one"] null
// expect: ["b","f","g"]
// expect: TypeError Failed to execute 'append' on 'FormData': 2 arguments required, but only 1 present
// expect: TypeError Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'.
// expect: TypeError Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.
// expect: [object FormData]
const fd = new FormData();
const file = new File(["z"], "old.txt", { lastModified: 7 });
fd.append("a", 1);
fd.append("b", "2");
fd.append("a", "x\ud800");
fd.append("f", new Blob(["abc"], { type: "text/x" }));
fd.append("g", file, "new.txt");
print(JSON.stringify([...fd.keys()]));
print(JSON.stringify(fd.getAll("a")).replace("\ufffd", "\\ufffd"), fd.has("f"), fd.has("zz"));
const f = fd.get("f");
print(f.constructor.name, f.name, f.type, f.size);
const g = fd.get("g");
print(g.constructor.name, g.name, g.lastModified, g === file);
fd.set("a", "one");
print(JSON.stringify([...fd.keys()]), JSON.stringify(fd.getAll("a")), fd.get("nothing"));
fd.delete("a");
print(JSON.stringify([...fd.keys()]));
for (const attempt of [() => fd.append("x"), () => fd.append("x", "y", "z"), () => new FormData({})]) {
  try {
    attempt();
  } catch (e) {
    print(e.name, e.message);
  }
}
print(Object.prototype.toString.call(fd));
