// slice(start, end, type) counts negative indexes from the end, clamps
// the rest to the size, and always gives a Blob (of the type given, or
// none), even of a File. A slice of a slice is cut from the same bytes.
// needs: globals
// expect: "cde" "" Blob
// expect: "def" "text/x"
// expect: "" 0
// expect: "abcdef" ""
// expect: "d"
// expect: "b" false true
const b = new Blob(["abcdef"], { type: "text/plain" });
const s1 = b.slice(2, -1);
print(JSON.stringify(await s1.text()), JSON.stringify(s1.type), Object.prototype.toString.call(s1).slice(8, -1));
const s2 = b.slice(-3, 100, "TEXT/X");
print(JSON.stringify(await s2.text()), JSON.stringify(s2.type));
const s3 = b.slice(4, 2);
print(JSON.stringify(await s3.text()), s3.size);
const s4 = b.slice(-100);
print(JSON.stringify(await s4.text()), JSON.stringify(s4.type));
print(JSON.stringify(await b.slice(1, 5).slice(2, 3).text()));
const f = new File(["abc"], "f.txt");
const fs = f.slice(1, 2);
print(JSON.stringify(await fs.text()), fs instanceof File, fs instanceof Blob);
