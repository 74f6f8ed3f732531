// structuredClone copies a Blob or a File wherever it is in the value:
// same bytes, type, name and lastModified, a new object of the same
// class; one Blob twice in the value is one copy twice. What cannot be
// cloned is a DataCloneError, a Blob-like object made through Toy.core
// with no bytes too.
// needs: globals
// expect: true true false
// expect: "héllo" text/x
// expect: f.txt 42 "z" true
// expect: true
// expect: DataCloneError
// expect: DataCloneError A Blob without bytes cannot be cloned
const blob = new Blob(["héllo"], { type: "text/x" });
const file = new File(["z"], "f.txt", { lastModified: 42 });
const copy = structuredClone({ blob, again: blob, list: [file] });
print(copy.blob instanceof Blob, copy.again === copy.blob, copy.blob === blob);
print(JSON.stringify(await copy.blob.text()), copy.blob.type);
const f = copy.list[0];
print(f.name, f.lastModified, JSON.stringify(await f.text()), f instanceof File);
print(structuredClone(blob.slice(1, 3)).size === 2);
try {
  structuredClone(Promise.resolve());
} catch (e) {
  print(e.name);
}
try {
  structuredClone([Toy.core.newBlob({ bytes: "not bytes" }, null)]);
} catch (e) {
  print(e.name, e.message);
}
