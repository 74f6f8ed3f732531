// A flag V8 does not know is an error, and the script does not run.
// needs: cli
// cmd: --v8-flags=--no-such-flag ${FILE}
// expect-error: V8 did not recognize flag '--no-such-flag'
print("the script ran");
