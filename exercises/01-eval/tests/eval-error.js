// An uncaught error in the code is reported like an error in a file, at
// the URL of a file named `$toyjs$eval` in the working directory.
// cmd: -e null.x
// expect-error: Uncaught TypeError: Cannot read properties of null (reading 'x')
// expect-stderr: null.x
// expect-stderr: ^
// expect-stderr: /$toyjs$eval:1:6
