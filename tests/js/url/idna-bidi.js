// IDNA's checks on direction and joiners: in a domain with a
// right-to-left label, every label must read one way throughout and
// begin with a letter of its direction; an invisible joiner is allowed
// only where a script needs it (after a virama, or a non-joiner between
// two Arabic letters).
// needs: url
// expect: xn--9dbne9b.test
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: xn--mgbh0fb71c017j
// expect: TypeError
// expect: xn--11b2ezcw70k
// expect: TypeError
const tryHost = (s) => {
  try {
    print(new URL(`http://${s}/`).hostname);
  } catch (e) {
    print(e.name);
  }
};
tryHost("\u05e9\u05dc\u05d5\u05dd.test");
tryHost("\u05d0b.test");
tryHost("b\u05d0.test");
tryHost("9.\u05e9\u05dc\u05d5\u05dd");
tryHost("\u0627\u0661\u0031.test");
tryHost("\u0645\u062b\u0627\u0644\u200c\u06a9");
tryHost("ab\u200ccd\u00e9");
tryHost("\u0915\u094d\u200d\u0937");
tryHost("\u0915\u200d\u0937");
