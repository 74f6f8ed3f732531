// mtime, the time of the last change, is a Date, to the millisecond: a
// file written just now has an mtime within a minute of Date.now().
// expect: Date true
// expect: recent: true
// expect: whole ms: true
const path = "/tmp/toyjs-lab-stat-" + Math.random().toString(36).slice(2);
Toy.writeTextFileSync(path, "now");
const info = Toy.statSync(path);
print("Date", info.mtime instanceof Date);
const diff = Math.abs(info.mtime.getTime() - Date.now());
print("recent:", diff < 60000 ? true : `${diff} ms away`);
print("whole ms:", Number.isInteger(info.mtime.getTime()));
