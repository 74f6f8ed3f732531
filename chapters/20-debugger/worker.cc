// worker.cc: workers. Each one is a whole runtime of its own (an isolate
// and context from the same snapshot, a libuv loop, a resource table, its
// permissions) on a thread of its own. Nothing of V8 ever crosses between
// them: they talk through a channel, by the message path of message.cc.
#include "bridge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "walk.h"
#include "worker.h"


// A worker as both threads know it. The parent owns it: it frees it
// after joining the thread. lock guards isolate and stop, which the
// worker's thread sets while it runs and the parent uses to stop it.
struct WorkerThread {
  uv_thread_t thread;
  std::mutex lock;
  std::atomic<bool> terminating{false};
  v8::Isolate* isolate = nullptr;  // while its JS may run
  uv_async_t* stop = nullptr;      // wakes its loop to stop it
  toy_port* port = nullptr;        // its end of the channel to the parent
  std::string url, name;
  toy_permissions perms;
  toy_permissions graph;  // the parent's when it started (Deno's rule for a worker's modules)
  int argc = 0;
  char** argv = nullptr;
  bool trace = false;
  std::atomic<bool> finished{false};  // its thread is about to return
  bool terminated = false;            // by the parent, whose port to it is gone
};

static void ReapWorkers(toy_runtime* rt);

// Stops a worker from any thread: V8 unwinds whatever JS it runs (an
// endless loop too, and an Atomics.wait), and its loop is woken to end.
static void StopWorker(WorkerThread* w) {
  std::lock_guard<std::mutex> guard(w->lock);
  w->terminating = true;
  if (w->isolate != nullptr) w->isolate->TerminateExecution();
  if (w->stop != nullptr) uv_async_send(w->stop);
}

static void OnStop(uv_async_t* async) {
  toy_runtime* rt = static_cast<toy_runtime*>(async->data);
  toy_loop_stop(&rt->loop);
}

// In a worker an uncaught error is reported as Deno reports it, the
// worker named ("Uncaught (in worker \"name\") Error: boom"), and kept
// for the parent's error event; a worker being terminated reports
// nothing. Returns false when nothing is to be printed.
bool WorkerReport(v8::Isolate* isolate, v8::Local<v8::Value> exception, v8::Local<v8::Message> message,
                  const char* kind, std::string* worker_kind) {
  toy_runtime* rt = RuntimeOf(isolate);
  WorkerThread* w = rt->worker.self;
  if (w == nullptr) return true;
  if (w->terminating || isolate->IsExecutionTerminating()) return false;
  std::string rest = strncmp(kind, "Uncaught ", 9) == 0 ? kind + 9 : kind;
  *worker_kind = "Uncaught (in worker \"" + w->name + "\") " + rest;
  if (rt->worker.error_kept) return true;
  rt->worker.error_kept = true;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  rt->worker.error_message = std::string("Uncaught ") + rest + ToUtf8(isolate, exception);
  v8::Local<v8::StackTrace> stack;
  if (exception->IsObject()) stack = v8::Exception::GetStackTrace(exception);
  // Where: the first frame in the program's own code, not the runtime's.
  for (int i = 0; !stack.IsEmpty() && i < stack->GetFrameCount(); i++) {
    v8::Local<v8::StackFrame> frame = stack->GetFrame(isolate, i);
    std::string file = ToUtf8(isolate, frame->GetScriptName());
    if (file.compare(0, 6, "toyjs:") == 0) continue;
    rt->worker.error_file = file;
    rt->worker.error_line = frame->GetLineNumber();
    rt->worker.error_col = frame->GetColumn();
    return true;
  }
  if (!message.IsEmpty()) {
    rt->worker.error_file = ToUtf8(isolate, message->GetScriptResourceName());
    rt->worker.error_line = message->GetLineNumber(context).FromMaybe(0);
    rt->worker.error_col = message->GetStartColumn(context).FromMaybe(0) + 1;
  }
  return true;
}

// A worker's module, or one in its graph, that cannot be read: said with
// the worker's name and kept for the parent. False outside a worker.
bool WorkerLoadFailed(toy_runtime* rt, const std::string& text) {
  WorkerThread* w = rt->worker.self;
  if (w == nullptr) return false;
  if (!w->terminating) {
    fflush(stdout);
    fprintf(stderr, "error: Uncaught (in worker \"%s\") %s\n", w->name.c_str(), text.c_str());
  }
  rt->worker.error_kept = true;
  rt->worker.error_message = "Uncaught " + text.substr(0, text.find('\n'));
  rt->exit_code = 1;
  return true;
}

// Runs the worker's module and its loop. The loop lives as long as the
// channel to the parent is attached: until self.close() or terminate().
static void RunWorker(toy_runtime* rt, WorkerThread* w) {
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  char* path = toy_url_to_path(w->url.c_str());
  char* source = nullptr;
  size_t length = 0;
  char* checked = nullptr;
  char denied[512] = "";
  if (path != nullptr && toy_perm_check_path(rt->worker.graph, TOY_PERM_READ, path, 1, &checked, denied,
                                             sizeof denied) == 0)
    toy_walk_read(checked, &source, &length);
  free(checked);
  if (source == nullptr) {
    WorkerLoadFailed(rt, denied[0] ? denied : "Module not found \"" + w->url + "\".");
    free(path);
    return;
  }
  free(path);
  // The global becomes the worker's (js/21_workers.js), then its module runs.
  {
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> toy, core, boot;
    if (context->Global()->Get(context, NewString(isolate, "Toy")).ToLocal(&toy) && toy->IsObject() &&
        toy.As<v8::Object>()->Get(context, NewString(isolate, "core")).ToLocal(&core) && core->IsObject() &&
        core.As<v8::Object>()->Get(context, NewString(isolate, "bootWorker")).ToLocal(&boot) &&
        boot->IsFunction() && boot.As<v8::Function>()->Call(context, v8::Undefined(isolate), 0, nullptr).IsEmpty()) {
      ReportCaught(rt, &try_catch);
      free(source);
      return;
    }
  }
  RunMainModule(rt, context, w->url.c_str(), source, length);
  free(source);
  if (rt->exit_code == 0 && Checkpoint(rt)) toy_loop_run(&rt->loop);
}

// The thread: a runtime made here, so that its isolate is only ever
// entered from this thread; run; tell the parent how it ended; free it.
static void WorkerMain(void* arg) {
  WorkerThread* w = static_cast<WorkerThread*>(arg);
  SnapshotBuiltinOnly(true);
  toy_runtime* rt = toy_runtime_new();
  if (rt == nullptr) {
    toy_permissions_free(&w->perms);
    toy_permissions_free(&w->graph);
    toy_port_post(w->port, toy_msg_new(TOY_MSG_CLOSE, nullptr, nullptr));
    toy_port_close(w->port);
    toy_port_release(w->port);
    w->finished = true;
    return;
  }
  toy_runtime_set_permissions(rt, &w->perms);  // the runtime owns them now
  toy_runtime_set_args(rt, w->argc, w->argv);
  rt->state.trace = w->trace;  // (not the fast calls' trace: that is the main runtime's)
  rt->worker.self = w;
  rt->worker.graph = &w->graph;
  // So that an error keeps where it was made, for the parent's event,
  // even when it is thrown again elsewhere (by an event listener's report).
  rt->isolate->SetCaptureStackTraceForUncaughtExceptions(true, 16);
  PortHandle* parent = OpenPort(rt, w->port, nullptr, true);
  rt->worker.self_port = parent ? parent->id : 0;
  uv_async_t* stop = static_cast<uv_async_t*>(calloc(1, sizeof(uv_async_t)));
  uv_async_init(&rt->loop.uv, stop, OnStop);
  stop->data = rt;
  uv_unref(reinterpret_cast<uv_handle_t*>(stop));
  {
    std::lock_guard<std::mutex> guard(w->lock);
    w->isolate = rt->isolate;
    w->stop = stop;
  }
  if (!w->terminating && rt->exit_code == 0) RunWorker(rt, w);
  {
    std::lock_guard<std::mutex> guard(w->lock);
    w->isolate = nullptr;
    w->stop = nullptr;
  }
  uv_close(reinterpret_cast<uv_handle_t*>(stop), [](uv_handle_t* x) { free(x); });
  rt->worker.graph = nullptr;  // no module is read from here on; w goes once the parent hears CLOSE
  toy_permissions_free(&w->graph);
  // An uncaught error ends the worker; the parent hears of it first, then
  // of the end, in that order, on the same channel as the messages.
  if (rt->exit_code != 0 && !w->terminating && !rt->exiting)
    PostErrorReport(w->port, rt->worker.error_message, rt->worker.error_file, rt->worker.error_line,
                    rt->worker.error_col);
  toy_msg* end = toy_msg_new(TOY_MSG_CLOSE, nullptr, nullptr);
  if (end != nullptr) toy_port_post(w->port, end);
  if (toy_runtime_free(rt) != 0) {
    // Work still on the threadpool will use this loop: it cannot go.
    // The process ends without it (see main).
  }
  w->finished = true;  // the last it does with w
}

// The worker has ended (its CLOSE came through h): its thread is only
// freeing its runtime now, so it is joined here, and nothing keeps this
// loop for it any more.
void WorkerEnded(PortHandle* h) {
  toy_runtime* rt = h->rt;
  WorkerThread* w = h->worker;
  ClosePort(h, false);
  for (size_t i = 0; i < rt->worker.children.size(); i++) {
    if (rt->worker.children[i] == w) {
      uv_thread_join(&w->thread);
      rt->worker.children.erase(rt->worker.children.begin() + i);
      delete w;
      break;
    }
  }
}

// The parent's permissions, narrowed as options.deno.permissions asks:
// "inherit" (or none given), "none", or per kind true / false /
// "inherit" / a list. The spec is read whole first: its getters and its
// items' toString are the script's code, which may revoke what the
// parent has; only then is anything copied and checked. how[k] is -1 for
// "inherit". Throws (and returns false) when invalid.
static bool ReadPermissionSpec(toy_runtime* rt, v8::Local<v8::Context> context, v8::Local<v8::Value> spec,
                               int how[TOY_PERM_KINDS], std::string lists[TOY_PERM_KINDS]) {
  v8::Isolate* isolate = rt->isolate;
  for (int k = 0; k < TOY_PERM_KINDS; k++) {
    toy_perm_kind kind = static_cast<toy_perm_kind>(k);
    v8::Local<v8::Value> v = spec;
    how[k] = -1;
    if (spec->IsUndefined()) continue;
    if (spec->IsObject() &&
        !spec.As<v8::Object>()->Get(context, NewString(isolate, toy_perm_kind_name(kind))).ToLocal(&v))
      return false;
    if (v->IsUndefined() || (v->IsString() && ToUtf8(isolate, v) == "inherit")) continue;
    if (v->IsFalse() || (v->IsString() && ToUtf8(isolate, v) == "none")) how[k] = TOY_PERM_NONE;
    else if (v->IsTrue()) how[k] = TOY_PERM_ALL;
    else if (v->IsArray()) {
      how[k] = TOY_PERM_ONLY;
      v8::Local<v8::Array> items = v.As<v8::Array>();
      for (uint32_t i = 0; i < items->Length(); i++) {
        v8::Local<v8::Value> item;
        if (!items->Get(context, i).ToLocal(&item)) return false;
        std::string s = ToUtf8(isolate, item);
        if (s.empty() || s.find(',') != std::string::npos) {
          Throw(isolate, "TypeError", "A permission list item is empty or holds a comma");
          return false;
        }
        lists[k] += (i ? "," : "") + s;
      }
    } else {
      std::string text = std::string("Invalid permission value for \"") + toy_perm_kind_name(kind) +
                         "\": expected \"inherit\", \"none\", a boolean or a list";
      Throw(isolate, "TypeError", text.c_str());
      return false;
    }
  }
  return true;
}

static bool NarrowPermissions(toy_runtime* rt, v8::Local<v8::Context> context, const int how[TOY_PERM_KINDS],
                              const std::string lists[TOY_PERM_KINDS], toy_permissions* perms) {
  v8::Isolate* isolate = rt->isolate;
  char err[256] = "";
  for (int k = 0; k < TOY_PERM_KINDS; k++) {
    toy_perm_kind kind = static_cast<toy_perm_kind>(k);
    if (how[k] < 0) continue;
    if (toy_permissions_narrow(perms, &rt->state.perms, kind, how[k], lists[k].c_str(), err, sizeof err) != 0) {
      v8::Local<v8::Value> error = v8::Exception::Error(NewString(isolate, err));
      v8::Local<v8::Object> classes = rt->bind.error_classes.IsEmpty() ? v8::Local<v8::Object>()
                                                                      : rt->bind.error_classes.Get(isolate);
      v8::Local<v8::Value> cls;
      if (!classes.IsEmpty() && strstr(err, "escalate") != nullptr &&
          classes->Get(context, NewString(isolate, "PermissionDenied")).ToLocal(&cls) && cls->IsFunction()) {
        v8::Local<v8::Value> argv[] = {NewString(isolate, err)};
        v8::Local<v8::Object> made;
        if (cls.As<v8::Function>()->NewInstance(context, 1, argv).ToLocal(&made)) error = made;
      }
      isolate->ThrowException(error);
      return false;
    }
  }
  return true;
}

// Where the calling module is: the first frame of the stack that is not
// the runtime's own JS. A worker's specifier is resolved against it, as
// an import in that module would be.
static std::string CallerUrl(toy_runtime* rt) {
  v8::Isolate* isolate = rt->isolate;
  v8::Local<v8::StackTrace> stack = v8::StackTrace::CurrentStackTrace(isolate, 16);
  for (int i = 0; i < stack->GetFrameCount(); i++) {
    std::string name = ToUtf8(isolate, stack->GetFrame(isolate, i)->GetScriptName());
    if (name.compare(0, 6, "toyjs:") != 0 && !name.empty() && name != "undefined") return name;
  }
  return rt->modules.main_url;
}

// Toy.core.workerCreate(specifier, name, permissions): resolves the
// specifier, makes the channel, starts the thread; returns the id of the
// parent's end of the channel, which stands for the worker from then on.
static void WorkerCreate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  toy_runtime* rt = RuntimeOf(isolate);
  // While --build-snapshot runs, the snapshot's creator owns the one
  // isolate a new runtime would get: no second runtime can be made.
  if (SnapshotOwnsIsolate()) return Throw(isolate, "Error", "Workers cannot be started while a snapshot is being built");
  std::string specifier = ToUtf8(isolate, info[0]);
  std::string referrer = CallerUrl(rt);
  char* url = nullptr;
  int rc = toy_resolve(specifier.c_str(), referrer.c_str(), &url);
  if (rc != TOY_RESOLVE_OK) {
    char message[512];
    toy_resolve_error(rc, specifier.c_str(), message, sizeof message);
    return Throw(isolate, "TypeError", message);
  }
  WorkerThread* w = new WorkerThread();
  w->url = url;
  free(url);
  if (w->url.compare(0, 7, "file://") != 0) {
    delete w;
    std::string text = "Unsupported scheme for a worker: \"" + specifier + "\"";
    return Throw(isolate, "TypeError", text.c_str());
  }
  w->name = ToUtf8(isolate, info[1]);
  int how[TOY_PERM_KINDS];
  std::string lists[TOY_PERM_KINDS];
  if (!ReadPermissionSpec(rt, context, info[2], how, lists)) {
    delete w;
    return;
  }
  // No code of the script's runs from here until the thread is started.
  if (toy_permissions_copy(&w->perms, &rt->state.perms) != 0) {
    delete w;
    return Throw(isolate, "Error", "out of memory");
  }
  if (toy_permissions_copy(&w->graph, &rt->state.perms) != 0) {
    toy_permissions_free(&w->perms);
    delete w;
    return Throw(isolate, "Error", "out of memory");
  }
  if (!NarrowPermissions(rt, context, how, lists, &w->perms)) {
    toy_permissions_free(&w->perms);
    toy_permissions_free(&w->graph);
    delete w;
    return;
  }
  w->argc = rt->state.argc;
  w->argv = rt->state.argv;
  w->trace = rt->state.trace != 0;
  toy_port* mine;
  if (toy_channel_new(&mine, &w->port) != 0) {
    toy_permissions_free(&w->perms);
    toy_permissions_free(&w->graph);
    delete w;
    return Throw(isolate, "Error", "out of memory");
  }
  PortHandle* h = OpenPort(rt, mine, w, true);  // keeps this loop alive while the worker is
  if (h == nullptr || uv_thread_create(&w->thread, WorkerMain, w) != 0) {
    if (h != nullptr) ClosePort(h, false);
    else {
      toy_port_close(mine);
      toy_port_release(mine);
    }
    toy_port_release(w->port);
    toy_permissions_free(&w->perms);
    toy_permissions_free(&w->graph);
    delete w;
    return Throw(isolate, "Error", "Could not start a thread for the worker");
  }
  ReapWorkers(rt);
  rt->worker.children.push_back(w);
  info.GetReturnValue().Set(v8::Integer::NewFromUnsigned(isolate, h->id));
}

// Toy.core.workerTerminate(id): worker.terminate(). Stopped at once; its
// messages, sent or on their way, are dropped; this loop no longer waits
// for it. Its thread is joined once it has finished (ReapWorkers, at the
// next terminate or create), or when this runtime ends.
static void WorkerTerminate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  toy_runtime* rt = RuntimeOf(info.GetIsolate());
  PortHandle* h = PortById(rt, info[0]);
  if (h == nullptr || h->worker == nullptr) return;
  StopWorker(h->worker);
  h->worker->terminated = true;
  ClosePort(h, false);
  ReapWorkers(rt);
}

// Joins the terminated workers whose threads have finished: otherwise each
// would keep its thread's stack mapped until this runtime ends (a program
// that starts and terminates workers in a loop would grow without end).
// The others are joined when their CLOSE arrives, or in WorkerFree.
static void ReapWorkers(toy_runtime* rt) {
  std::vector<WorkerThread*>& children = rt->worker.children;
  for (size_t i = 0; i < children.size();) {
    WorkerThread* w = children[i];
    if (!w->terminated || !w->finished) {
      i++;
      continue;
    }
    uv_thread_join(&w->thread);
    delete w;
    children.erase(children.begin() + i);
  }
}

// Toy.core.workerClose(): self.close() in a worker: the loop ends after
// this task, and the parent hears the worker has ended.
static void WorkerClose(const v8::FunctionCallbackInfo<v8::Value>& info) {
  toy_runtime* rt = RuntimeOf(info.GetIsolate());
  if (rt->worker.self == nullptr) return;
  toy_loop_stop(&rt->loop);
}

// Toy.core.workerSelf(): in a worker, [the id of its channel to the
// parent, its name]; in the main runtime, undefined.
static void WorkerSelf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  toy_runtime* rt = RuntimeOf(isolate);
  if (rt->worker.self == nullptr) return;
  v8::Local<v8::Array> out = v8::Array::New(isolate);
  out->CreateDataProperty(context, 0, v8::Integer::NewFromUnsigned(isolate, rt->worker.self_port)).Check();
  out->CreateDataProperty(context, 1, NewString(isolate, rt->worker.self->name.c_str())).Check();
  info.GetReturnValue().Set(out);
}

void WorkerInstall(v8::Local<v8::Context> context, v8::Local<v8::Object> core) {
  SetFunction(context, core, "workerCreate", WorkerCreate);
  SetFunction(context, core, "workerTerminate", WorkerTerminate);
  SetFunction(context, core, "workerClose", WorkerClose);
  SetFunction(context, core, "workerSelf", WorkerSelf);
  MessageInstall(context, core);
}

void WorkerReferences(std::vector<intptr_t>* refs) {
  for (v8::FunctionCallback f : {WorkerCreate, WorkerTerminate, WorkerClose, WorkerSelf})
    refs->push_back(reinterpret_cast<intptr_t>(f));
  MessageReferences(refs);
}

void WorkerInit(toy_runtime* rt) {
  rt->worker.next_port = 0;
  rt->worker.self = nullptr;
  rt->worker.graph = nullptr;
  rt->worker.self_port = 0;
  rt->worker.error_kept = false;
  rt->worker.error_line = rt->worker.error_col = 0;
}

// At the end of a runtime: every worker it started is stopped and its
// thread joined (each frees its own workers the same way first), then
// every channel end still attached is closed.
void WorkerFree(toy_runtime* rt) {
  for (WorkerThread* w : rt->worker.children) StopWorker(w);
  for (WorkerThread* w : rt->worker.children) {
    uv_thread_join(&w->thread);
    delete w;
  }
  rt->worker.children.clear();
  std::vector<PortHandle*> open;
  for (auto& entry : rt->worker.ports) open.push_back(entry.second);
  for (PortHandle* h : open) ClosePort(h, false);
  rt->worker.port_template.Reset();
}
