// retired/js/02_timers.js: code of earlier chapters that a later chapter
// replaces, spliced back into js/02_timers.js by book/tools/toybook (see
// its README).

//> 03-ops omit < 08-fast-calls timer-slots
  // id -> { callback, args, interval, delay, nesting }
  const timers = new Map();
//< 03-ops omit

//> 03-ops omit < 08-fast-calls timer-slots-set
    const id = op_timer_start(delay, interval);
    timers.set(id, { callback, args, interval, delay, nesting: nesting + 1 });
    return id;
//< 03-ops omit

//> 03-ops omit < 08-fast-calls timer-slots-fire
  // The bridge calls this when the timer with this id fires.
  core.setTimerHandler((id) => {
    const timer = timers.get(id);
    if (timer === undefined) return;
    if (!timer.interval) timers.delete(id);
    nesting = timer.nesting;
    try {
      apply(timer.callback, globalThis, timer.args);
    } finally {
      nesting = 0;
    }
    if (timer.interval && timers.has(id)) {
      // Each run of an interval is one level deeper than the last.
      if (timer.nesting > 5 && timer.delay < 4) {
        timer.delay = 4;
        op_timer_repeat(id, 4);
      }
      timer.nesting++;
    }
  });

  function clearTimer(id) {
    id = toLong(id);
    if (id > 0 && timers.delete(id)) op_timer_clear(id);
  }

//< 03-ops omit

//> 03-ops omit < 08-fast-calls timer-globals
  globalThis.setTimeout = function setTimeout(callback, delay = 0, ...args) {
    return setTimer(callback, delay, args, false);
  };
  globalThis.setInterval = function setInterval(callback, delay = 0, ...args) {
    return setTimer(callback, delay, args, true);
  };
//< 03-ops omit
