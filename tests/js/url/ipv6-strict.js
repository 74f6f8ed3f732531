// IPv6 in brackets: an IPv4 tail must be four decimal parts with no
// leading zeros, only last, and "::" may appear once.
// needs: url
// expect: [::1.2.3.4] [::102:304]
// expect: [::1.2.3.04] TypeError
// expect: [1:2::3::4] TypeError
// expect: [::ffff:1.2.3] TypeError
// expect: [1:2:3:4:5:6:7:8:9] TypeError
// expect: [0:0:0:0:0:0:0:0] [::]
// expect: [1::1.2.3.4:5] TypeError
for (const h of ["[::1.2.3.4]", "[::1.2.3.04]", "[1:2::3::4]", "[::ffff:1.2.3]", "[1:2:3:4:5:6:7:8:9]", "[0:0:0:0:0:0:0:0]", "[1::1.2.3.4:5]"]) {
  try {
    print(h, new URL(`http://${h}/`).host);
  } catch (e) {
    print(h, e.name);
  }
}
