// A readFile rejection nobody handles is reported as an uncaught promise
// rejection, with the error's name and Deno's message.
// needs: fs rejections
// perms: --allow-read --allow-write
// expect-error: Uncaught (in promise) NotFound: No such file or directory (os error 2): readfile 'tests/js/fs/fixtures/no-such-file.txt'
Toy.readFile("tests/js/fs/fixtures/no-such-file.txt");
