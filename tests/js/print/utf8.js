// Text that is not ASCII round-trips as UTF-8.
// needs: print
// expect: héllo ✓ 😀
// expect: 日本語 Ελληνικά
// expect: 3 2
print("héllo ✓ 😀");
print("日本語", "Ελληνικά");
print("✓".length + "é".length + "😀".length - 1, "😀".length);
