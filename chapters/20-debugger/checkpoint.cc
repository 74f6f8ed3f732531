// checkpoint.cc: microtasks run only at checkpoints, after every task the
// loop runs; a checkpoint then reports what went wrong while they ran.
#include "bridge.h"

#include <stdio.h>

// queueMicrotask(fn): fn runs at the next checkpoint, after what runs now.
void QueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsFunction()) {
    isolate->ThrowException(v8::Exception::TypeError(
        NewString(isolate, "queueMicrotask: argument 1 is not a function")));
    return;
  }
  isolate->EnqueueMicrotask(info[0].As<v8::Function>());
}

// Called by V8 when a promise is rejected with no handler, and when a
// handler is added to such a promise later.
static void OnPromiseReject(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  toy_runtime* rt = RuntimeOf(isolate);
  if (message.GetEvent() == v8::kPromiseRejectWithNoHandler) {
    rt->checkpoint.rejected.emplace_back(isolate, promise);
    rt->checkpoint.rejected_reasons.emplace_back(isolate, message.GetValue());
  } else if (message.GetEvent() == v8::kPromiseHandlerAddedAfterReject) {
    for (size_t i = 0; i < rt->checkpoint.rejected.size(); i++) {
      if (rt->checkpoint.rejected[i] == promise) {
        rt->checkpoint.rejected.erase(rt->checkpoint.rejected.begin() + i);
        rt->checkpoint.rejected_reasons.erase(rt->checkpoint.rejected_reasons.begin() + i);
        break;
      }
    }
  }
}

// Called by V8 for an exception nothing caught while microtasks ran.
void OnMessage(v8::Local<v8::Message> message, v8::Local<v8::Value> error) {
  v8::Isolate* isolate = message->GetIsolate();
  toy_runtime* rt = RuntimeOf(isolate);
  if (rt->checkpoint.microtask_error.IsEmpty()) {
    rt->checkpoint.microtask_error.Reset(isolate, error);
    rt->checkpoint.microtask_message.Reset(isolate, message);
  }
}

// Runs every queued microtask, then reports what went wrong while they
// ran: an exception a microtask threw, or a promise still rejected with no
// handler now that the turn is over. Returns false when the run must end.
bool Checkpoint(toy_runtime* rt) {
  if (rt->exiting) return false;
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  isolate->PerformMicrotaskCheckpoint();
  // Toy.exit from a microtask: the turn never ended, so a promise still
  // without a handler was never an unhandled rejection. An exception an
  // earlier microtask threw is reported as usual: it came first.
  if (rt->exiting) {
    rt->checkpoint.rejected.clear();
    rt->checkpoint.rejected_reasons.clear();
    if (rt->checkpoint.microtask_error.IsEmpty()) return false;
  }
  // In the REPL every error is printed and none ends the run.
  if (rt->repl.active) {
    if (!rt->checkpoint.microtask_error.IsEmpty()) {
      v8::Local<v8::Value> error = rt->checkpoint.microtask_error.Get(isolate);
      rt->checkpoint.microtask_error.Reset();
      rt->checkpoint.microtask_message.Reset();
      ReplPrint(rt, "error", error, false);
    }
    while (!rt->checkpoint.rejected.empty() && !rt->exiting) {
      v8::Local<v8::Value> reason = rt->checkpoint.rejected_reasons[0].Get(isolate);
      rt->checkpoint.rejected.erase(rt->checkpoint.rejected.begin());
      rt->checkpoint.rejected_reasons.erase(rt->checkpoint.rejected_reasons.begin());
      ReplPrint(rt, "error", reason, true);
    }
    return !rt->exiting;
  }
  if (!rt->checkpoint.microtask_error.IsEmpty()) {
    ReportException(isolate, rt->checkpoint.microtask_error.Get(isolate),
                    rt->checkpoint.microtask_message.Get(isolate), "Uncaught ");
    rt->checkpoint.microtask_error.Reset();
    rt->checkpoint.microtask_message.Reset();
    rt->exit_code = 1;
  } else if (!rt->checkpoint.rejected.empty()) {
    v8::Local<v8::Value> reason = rt->checkpoint.rejected_reasons[0].Get(isolate);
    ReportException(isolate, reason, v8::Exception::CreateMessage(isolate, reason),
                    "Uncaught (in promise) ");
    rt->checkpoint.rejected.clear();  // the first one ends the run; the rest stay unsaid
    rt->checkpoint.rejected_reasons.clear();
    rt->exit_code = 1;
  }
  if (rt->exit_code != 0) toy_loop_stop(&rt->loop);
  return rt->exit_code == 0;
}

// Microtasks run only at our checkpoints, never behind our back; V8 tells
// us of rejections nobody handles and of exceptions in microtasks.
void CheckpointInit(toy_runtime* rt) {
  rt->isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  rt->isolate->SetPromiseRejectCallback(OnPromiseReject);
  rt->isolate->AddMessageListener(OnMessage);
}

void CheckpointFree(toy_runtime* rt) {
  rt->checkpoint.rejected.clear();
  rt->checkpoint.rejected_reasons.clear();
  rt->checkpoint.microtask_error.Reset();
  rt->checkpoint.microtask_message.Reset();
}
