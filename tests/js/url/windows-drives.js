// A file URL's path may start with a Windows drive: "C|" is written
// "C:", ".." and "/" never climb above the drive, and a drive in the
// reference replaces the base's path.
// needs: url
// expect: file:///D:/tmp/x
// expect: file:///Q:/a/b
// expect: file:///E:/
// expect: file:///E:/
// expect: file:///E:/up
// expect: file://srv/F:/doc
// expect: file://srv/G:/z
// expect: file:///etc/hosts
// expect: file://srv2/share
const cases = [
  ["D|/tmp/x", "file:///home/u/"],
  ["file:Q|\\a\\b", "file:///home/u/"],
  ["..", "file:///E:/"],
  ["/", "file:///E:/a/b"],
  ["../../../up", "file:///E:/a/b"],
  ["file://srv/F:/doc", undefined],
  ["/G:/z", "file://srv/dir/"],
  ["///etc/hosts", "file:///x/y"],
  ["\\\\srv2\\share", "file:///x/y"],
];
for (const [input, base] of cases) print(new URL(input, base).href);
