// A label is trimmed of ASCII whitespace (tab, line feed, form feed,
// carriage return, space) and compared without ASCII case; other
// whitespace, an unknown label and the labels of "replacement" are
// RangeErrors.
// needs: globals
// expect: utf-8 windows-1252 windows-1252 iso-8859-2 windows-1254
// expect: RangeError RangeError RangeError RangeError RangeError
print(...["\t\n\f\r UTF8 ", "latin1", "ASCII", "l2", "ISO-8859-9"].map((l) => new TextDecoder(l).encoding));
const names = [];
for (const label of ["\vutf-8", "utf-8\u00a0", "utf-7", "iso-2022-kr", "\u212Aoi8-r"]) {
  try {
    new TextDecoder(label);
    names.push("accepted " + JSON.stringify(label));
  } catch (e) {
    names.push(e.name);
  }
}
print(...names);
