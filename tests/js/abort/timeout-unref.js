// A pending AbortSignal.timeout does not keep the program alive: this
// ends at once instead of after a minute (the runner would kill it).
// needs: abort
// expect: end
AbortSignal.timeout(60000).onabort = () => print("fired?");
print("end");
