// report.js: loaded right after testharness.js. Prints each subtest's
// result as the harness reports it, the harness status when every test is
// done, and ends the process. A test file that never finishes is cut off
// at the deadline run.sh gives it: the subtests that started count as
// TIMEOUT, those still waiting their turn as NOTRUN.
{
  const statusName = ["PASS", "FAIL", "TIMEOUT", "NOTRUN", "PRECONDITION_FAILED"];
  const harnessName = ["OK", "ERROR", "TIMEOUT", "PRECONDITION_FAILED"];
  const seen = new Set();      // every subtest the file declared
  const reported = new Set();  // those with a result
  let finished = false;

  add_test_state_callback((test) => { seen.add(test); });

  add_result_callback((test) => {
    if (reported.has(test)) return;
    reported.add(test);
    __wpt.emit("result", statusName[test.status] || String(test.status), test.name, test.message || "");
  });

  const finish = (status, message) => {
    if (finished) return;
    finished = true;
    __wpt.emit("done", status, message || "");
    __wpt.exit(0);
  };

  add_completion_callback((tests, harness) => {
    // A test declared after the harness completed never reports; say so.
    for (const test of tests) {
      if (!reported.has(test)) {
        reported.add(test);
        __wpt.emit("result", statusName[test.status] || String(test.status), test.name, test.message || "");
      }
    }
    let status = harnessName[harness.status] || String(harness.status);
    let message = harness.message || "";
    if (status === "OK" && __wpt.errors.length > 0) {
      status = "ERROR";
      message = __wpt.errors[0];
    }
    finish(status, message);
  });

  // The deadline: report what never finished, then end the process.
  const deadline = setTimeout(() => {
    for (const test of seen) {
      if (reported.has(test)) continue;
      reported.add(test);
      const started = test.phase >= 1;  // Test.phases.STARTED
      __wpt.emit("result", started ? "TIMEOUT" : "NOTRUN", test.name,
                 started ? "the test did not finish before the file's deadline" : "");
    }
    finish("TIMEOUT", `the file did not finish within ${__wpt_meta.deadline} ms`);
  }, __wpt_meta.deadline);

  // The test file threw before it declared any test: as in a browser,
  // the harness status is ERROR and the file is done.
  __wpt.fileThrew = (e) => {
    __wpt.uncaught("uncaught exception in the test file", e);
    if (seen.size === 0) {
      clearTimeout(deadline);
      finish("ERROR", __wpt.errors[0]);
    }
  };
}
