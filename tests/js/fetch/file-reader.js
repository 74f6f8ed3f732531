// FileReader reads a Blob as events: loadstart, progress (none for an
// empty Blob), load with the result, loadend, each in a task of its own.
// A second read while one runs is an InvalidStateError; abort() ends it
// with abort and loadend and no result.
// needs: fetch
// expect: loadstart 1 null
// expect: progress 1 null
// expect: load 2 héllo
// expect: loadend 2 héllo
// expect: data:text/x;base64,aMOpbGxv
// expect: 104,195,169,108,108,111
// expect: 6 104,195
// expect: empty: loadstart load loadend
// expect: InvalidStateError
// expect: abort 2 null
// expect: loadend 2 null
// expect: after abort: 2 null
// expect: utf-16 BOM: hi
function read(blob, how, log) {
  return new Promise((resolve) => {
    const reader = new FileReader();
    for (const type of ["loadstart", "progress", "load", "loadend"]) {
      reader.addEventListener(type, () => log?.(type, reader));
    }
    reader.onloadend = () => resolve(reader.result);
    reader[how](blob);
  });
}
const blob = new Blob(["héllo"], { type: "text/x" });
await read(blob, "readAsText", (type, r) => print(type, r.readyState, r.result));
print(await read(blob, "readAsDataURL"));
print([...new Uint8Array(await read(blob, "readAsArrayBuffer"))].join());
const binary = await read(blob, "readAsBinaryString");
print(binary.length, [binary.charCodeAt(0), binary.charCodeAt(1)].join());
const seen = [];
await read(new Blob([]), "readAsText", (type) => seen.push(type));
print("empty:", seen.join(" "));
const reader = new FileReader();
reader.readAsText(blob);
try {
  reader.readAsText(blob);
} catch (e) {
  print(e.name);
}
reader.onabort = () => print("abort", reader.readyState, reader.result);
reader.onloadend = () => print("loadend", reader.readyState, reader.result);
reader.onload = () => print("load: not expected");
reader.abort();
await new Promise((resolve) => setTimeout(resolve, 0));
print("after abort:", reader.readyState, reader.result);
print("utf-16 BOM:", await read(new Blob([new Uint8Array([0xff, 0xfe, 0x68, 0, 0x69, 0])]), "readAsText"));
