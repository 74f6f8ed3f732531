// batch.cc: settling in batches. The ops that complete while libuv polls
// for I/O settle their promises at once; the microtasks they queue run
// in one checkpoint when the poll is over, not one checkpoint each.
#include "bridge.h"

#include <stdlib.h>

// A prepare handle marks the start of libuv's poll for I/O and a check
// handle its end: what completes in between gets one checkpoint, when
// the poll is over. Both are unref'd, and freed with the loop's handles.
static void OnPollStart(uv_prepare_t* prepare) {
  static_cast<toy_runtime*>(prepare->data)->polling = true;
}

static void OnPollEnd(uv_check_t* check) {
  toy_runtime* rt = static_cast<toy_runtime*>(check->data);
  rt->polling = false;
  if (rt->checkpoint_due) {
    rt->checkpoint_due = false;
    Checkpoint(rt);
  }
}

// Without the two handles (out of memory) every completion checkpoints.
void BatchInit(toy_runtime* rt) {
  rt->polling = false;
  rt->checkpoint_due = false;
  uv_prepare_t* prepare = static_cast<uv_prepare_t*>(malloc(sizeof(uv_prepare_t)));
  uv_check_t* check = static_cast<uv_check_t*>(malloc(sizeof(uv_check_t)));
  if (prepare == NULL || check == NULL) {
    free(prepare);
    free(check);
    return;
  }
  uv_prepare_init(&rt->loop.uv, prepare);
  uv_check_init(&rt->loop.uv, check);
  prepare->data = rt;
  check->data = rt;
  uv_prepare_start(prepare, OnPollStart);
  uv_check_start(check, OnPollEnd);
  uv_unref(reinterpret_cast<uv_handle_t*>(prepare));
  uv_unref(reinterpret_cast<uv_handle_t*>(check));
}
