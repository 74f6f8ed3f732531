// A very long host is slow to spell in punycode, but it is a host: a
// label of 150,000 code points, or of thousands of different ones, gives
// a URL and no RangeError, and a punycode label too long to be any name
// is rejected without decoding it.
// needs: url
// expect: true true
// expect: true
// expect: TypeError
const same = new URL("http://" + "é".repeat(150000) + ".test/").hostname;
print(/^xn--[a-z0-9]+\.test$/.test(same), same.length > 150000);
let mixed = "";
for (let i = 0; i < 3000; i++) mixed += String.fromCodePoint(0x4e00 + ((i * 7) % 3000));
print(new URL("http://" + mixed + "/").hostname.startsWith("xn--"));
try {
  new URL("http://xn--" + "a9".repeat(50000) + "/");
} catch (e) {
  print(e.name);
}
