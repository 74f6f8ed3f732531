// A byte a single-byte encoding leaves unmapped is U+FFFD, or with fatal
// a TypeError; a mapped control character such as windows-1252's 0x81
// is not an error.
// needs: globals
// expect: a\ufffdb
// expect: TypeError The encoded data is not valid.
// expect: 81
print(new TextDecoder("windows-1253").decode(new Uint8Array([0x61, 0xaa, 0x62])).replace("\ufffd", "\\ufffd"));
try {
  new TextDecoder("iso-8859-8", { fatal: true }).decode(new Uint8Array([0xa1]));
} catch (e) {
  print(e.name, e.message);
}
print(new TextDecoder("windows-1252", { fatal: true }).decode(new Uint8Array([0x81])).charCodeAt(0).toString(16));
