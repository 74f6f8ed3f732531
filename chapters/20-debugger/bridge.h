/* bridge.h: what the files that talk to V8 (the *.cc files, the bridge)
 * share. The rest of toyjs is C and sees only runtime.h. struct
 * toy_runtime is here, made of one part per chapter that keeps state in
 * V8's terms, and so is what each bridge file offers the others. */
#ifndef TOY_BRIDGE_H
#define TOY_BRIDGE_H

#include <stdint.h>

#include <string>
#include <set>
#include <vector>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <atomic>
#include <mutex>

#include <v8.h>
#include <v8-inspector.h>

#include "runtime.h"
#include "util.h"
#include "loop.h"
#include "ops.h"
#include "resolve.h"
// A channel's end (worker.h, which only the files of the message path
// include: a lab that changes it then rebuilds those alone).
typedef struct toy_port toy_port;

// ------------------------------------------------------ the runtime --

// checkpoint.cc: what a checkpoint reports once the microtasks have run.
// Promises rejected with no handler yet, with their reasons (a handler
// added later in the same turn takes its promise off the list), and the
// first exception a microtask threw.
struct CheckpointPart {
  std::vector<v8::Global<v8::Promise>> rejected;
  std::vector<v8::Global<v8::Value>> rejected_reasons;
  v8::Global<v8::Value> microtask_error;
  v8::Global<v8::Message> microtask_message;
};

// platform.cc: how V8's own tasks reach this runtime's loop: a wake-up
// any thread may send, a timer for the earliest delayed task, and when
// the delayed tasks fall due (kept under platform.cc's lock).
struct TasksPart {
  uv_async_t wake;
  uv_timer_t timer;
  std::multiset<double> due;
};

// bind.cc: async ops in flight, by promise id: the promise to settle,
// and the memory behind the Uint8Arrays the op uses until then. Holding
// the backing store (not just the array) keeps the bytes even if the
// program detaches or transfers the ArrayBuffer meanwhile.
struct PendingOp {
  v8::Global<v8::Promise::Resolver> resolver;
  std::vector<std::shared_ptr<v8::BackingStore>> keep_alive;
};

struct BindPart {
  std::unordered_map<uint32_t, PendingOp> pending;
  uint32_t next_promise_id;
  v8::Global<v8::Function> timer_handler;  // set by js/02_timers.js
  v8::Global<v8::Object> error_classes;    // Toy.errors, by class name
};

// weak.cc: objects whose resource closes when they are collected
// (FsFile), by the rid they hold.
struct WeakResource {
  toy_runtime* rt;
  uint32_t rid;
  v8::Global<v8::Object> object;
};

// modules.cc: the module map, every module loaded, by URL (a JSON
// module's key is its URL with " json" after it), and by V8's identity
// hash, which is how a callback that gets a v8::Module finds its entry.
struct ModuleEntry {
  std::string url;
  bool json;
  v8::Global<v8::Module> module;
  v8::Global<v8::Value> json_value;  // a JSON module's parsed value
};

struct ModulesPart {
  std::unordered_map<std::string, ModuleEntry*> map;
  std::unordered_multimap<int, ModuleEntry*> by_hash;
  std::string main_url;
  v8::Global<v8::Promise> main_evaluation;  // the main module's evaluation
  std::unordered_set<struct DynamicImport*> imports;  // import()s in flight
  bool dynamic_fetch;  // loading for an import(): files need read access
};

// inspector.cc: the REPL, where errors are printed and the run goes on.
// js is Toy.core.repl (js/17_repl.js); inspector the session inputs are
// evaluated through; call the id of the evaluation whose answer is
// awaited (0: none), answered what its answer said, and done what to
// call when it comes later than the input's turn.
struct ReplPart {
  bool active;
  v8::Global<v8::Object> js;
  class ReplInspector* inspector;  // made by toy_runtime_repl_begin
  int call;
  int answered;
  bool trying;  // a SyntaxError means: try the input as typed
  // Whether an input is running (1), or was stopped by Ctrl-C (2), or
  // neither (0); the watchdog thread reads and writes it too, under the
  // mutex, so that a stop cannot land after the input has finished.
  std::atomic<int> running;
  std::mutex running_lock;
  void (*done)(void* arg);
  void* done_arg;
};

// worker.cc: the channel ends attached to this runtime's loop, by id; the
// workers it started; and, in a worker, its own record and the error it
// died of, for the parent.
struct PortHandle;
struct WorkerThread;
struct WorkerPart {
  std::unordered_map<uint32_t, PortHandle*> ports;
  uint32_t next_port;
  std::vector<WorkerThread*> children;
  WorkerThread* self;  // NULL in the main runtime
  uint32_t self_port;  // the port to the parent
  toy_permissions* graph;  // its parent's, as they were: what its module graph is read with
  v8::Global<v8::ObjectTemplate> port_template;
  bool error_kept;
  std::string error_message, error_file;
  int error_line, error_col;
};

// debugger.cc: the runtime's one V8 inspector and what it knows of the
// debuggers connected over the network; made the first time a session
// (the REPL's or a debugger's) wants it.
struct DebuggerPart {
  class InspectorClient* client;
};

// One runtime: an isolate, its one context, and what each chapter adds.
struct toy_runtime {
  v8::Isolate* isolate;
  v8::ArrayBuffer::Allocator* allocator;
  v8::Global<v8::Context> context;
  int exit_code;  // 1 once an uncaught error has been reported
  toy_loop loop;              // the event loop (loop.c)
  CheckpointPart checkpoint;  // checkpoint.cc
  TasksPart tasks;            // platform.cc
  toy_state state;  // the C side (ops.c): op table, metrics, extensions' state
  BindPart bind;    // bind.cc
  std::unordered_map<uint32_t, WeakResource*> weak;  // weak.cc
  ModulesPart modules;  // modules.cc
  bool from_snapshot;    // snapshot.cc: the context came out of a snapshot
  uint64_t timings[6];   // --timings: when each start-up phase ended (ns)
  bool exiting;     // globals.cc: Toy.exit was called, run and report nothing
  int heap_raises;  // how often OnNearHeapLimit raised the heap's limit
  v8::Global<v8::ObjectTemplate> blob_template;  // what Blobs are made from
  bool polling;         // batch.cc: inside libuv's poll phase
  bool checkpoint_due;  // promises settled there, microtasks not run yet
  ReplPart repl;  // inspector.cc
  WorkerPart worker;  // worker.cc
  DebuggerPart debugger;  // debugger.cc
};

// The runtime a callback runs in: each isolate carries its own.
inline toy_runtime* RuntimeOf(v8::Isolate* isolate) {
  return static_cast<toy_runtime*>(isolate->GetData(0));
}

// ------------------------------------------------ what each file offers --

// runtime.cc: strings, and functions on objects.
std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value);
v8::Local<v8::String> NewString(v8::Isolate* isolate, const char* s);
void SetFunction(v8::Local<v8::Context> context, v8::Local<v8::Object> obj, const char* name,
                 v8::FunctionCallback fn);

// errors.cc: uncaught errors, reported in Deno's form.
void ReportException(v8::Isolate* isolate, v8::Local<v8::Value> exception,
                     v8::Local<v8::Message> message, const char* kind);
void ReportCaught(toy_runtime* rt, v8::TryCatch* try_catch);

// checkpoint.cc: microtasks, run at checkpoints, and what they report.
void CheckpointInit(toy_runtime* rt);
void CheckpointFree(toy_runtime* rt);
bool Checkpoint(toy_runtime* rt);
void QueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& info);
void OnMessage(v8::Local<v8::Message> message, v8::Local<v8::Value> error);

// platform.cc: the platform V8 runs on, whose tasks wake the loop.
std::unique_ptr<v8::Platform> NewLoopPlatform();
void TasksInit(toy_runtime* rt);
void TasksFree(toy_runtime* rt);

// bind.cc: the globals a fresh context gets (Toy.core and its ops), the
// op table as JavaScript functions, their promises, and timers, which
// the loop calls OnTimer for when one is due and FreeTimer when one goes.
void InstallGlobals(v8::Local<v8::Context> context);
void OnTimer(void* owner, toy_timer* timer);
void FreeTimer(void* owner, void* data);
int BindInit(toy_runtime* rt);
void BindClose(toy_runtime* rt);
void BindFree(toy_runtime* rt);
bool RunExtensionScripts(toy_runtime* rt, v8::Local<v8::Context> context);
void OpCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
void SetTimerHandler(const v8::FunctionCallbackInfo<v8::Value>& info);
void SetErrorClasses(const v8::FunctionCallbackInfo<v8::Value>& info);

// weak.cc: resources closed by the garbage collector.
void CloseOnCollect(const v8::FunctionCallbackInfo<v8::Value>& info);
void WeakFree(toy_runtime* rt);

// modules.cc: ES modules.
void ModulesInit(toy_runtime* rt);
void ModulesFree(toy_runtime* rt);
void RunMainModule(toy_runtime* rt, v8::Local<v8::Context> context, const char* url,
                   const char* source, size_t length);
void ImportMetaResolve(const v8::FunctionCallbackInfo<v8::Value>& info);
void OnMainRejected(const v8::FunctionCallbackInfo<v8::Value>& info);
void ReturnData(const v8::FunctionCallbackInfo<v8::Value>& info);

// snapshot.cc: start-up snapshots. Where the context keeps what the
// bridge must find again after a snapshot: Globals are not in a
// snapshot, the context's data is.
enum { kTimerHandlerSlot = 1, kErrorClassesSlot = 2, kSnapshotMainSlot = 3 };
enum { kPortHandlerSlot = 4 };  // worker.cc: where messages go
extern uint64_t g_platform_ready;  // when V8 was up (--timings)
v8::Isolate* SnapshotIsolate(toy_runtime* rt, v8::Isolate::CreateParams* params);
bool SnapshotOwnsIsolate(void);
void SnapshotRebind(toy_runtime* rt, v8::Local<v8::Context> context);
int RunSnapshotMain(toy_runtime* rt);
bool SnapshotIsApp(void);
void SnapshotShutdown(void);
void SetSnapshotMain(const v8::FunctionCallbackInfo<v8::Value>& info);

// fast.cc: V8 Fast API entries for the ops that can have them.
bool FastCallsOn(void);
v8::Local<v8::Function> MakeFastOpFunction(v8::Local<v8::Context> context, const toy_op* op,
                                           v8::Local<v8::Value> data);
void AddFastReferences(std::vector<intptr_t>* refs);
void FastShutdown(void);

// console.cc: what the console's formatter asks V8 that JS cannot.
void PromiseState(const v8::FunctionCallbackInfo<v8::Value>& info);
void ProxyTarget(const v8::FunctionCallbackInfo<v8::Value>& info);

// globals.cc: structuredClone, Toy.exit, and running out of memory.
void GlobalsInit(toy_runtime* rt);
void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info);
void Exit(const v8::FunctionCallbackInfo<v8::Value>& info);
void NewBlob(const v8::FunctionCallbackInfo<v8::Value>& info);
void BlobState(const v8::FunctionCallbackInfo<v8::Value>& info);
void SetBlobPrototypes(const v8::FunctionCallbackInfo<v8::Value>& info);
bool IsBlobObject(v8::Local<v8::Value> v);
bool WriteBlob(v8::Isolate* isolate, v8::ValueSerializer* out, v8::Local<v8::Object> blob);
v8::MaybeLocal<v8::Object> ReadBlob(v8::Isolate* isolate, v8::ValueDeserializer* in);

// globals.cc: moving an ArrayBuffer's memory to a new one, for streams.
void TransferArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info);
void IsDetached(const v8::FunctionCallbackInfo<v8::Value>& info);
void StructuredCloneTransfer(const v8::FunctionCallbackInfo<v8::Value>& info);

// batch.cc: one checkpoint for every op settled in one poll for I/O.
void BatchInit(toy_runtime* rt);

// inspector.cc: the REPL's results and errors, printed by js/17_repl.js.
void ReplPrint(toy_runtime* rt, const char* fn, v8::Local<v8::Value> value, bool in_promise);

// debugger.cc: a session's channel. V8 hands it each answer (call_id, the
// id of the message answered) and each notification (call_id 0); the
// channel passes them to its sink: the REPL's handler (inspector.cc), or
// the network, for a debugger (debugger.cc). The same code for both.
typedef void (*InspectorSink)(void* data, int call_id, const v8_inspector::StringView& message);

class InspectorChannel final : public v8_inspector::V8Inspector::Channel {
 public:
  InspectorChannel(InspectorSink sink, void* data) : sink_(sink), data_(data) {}
  void sendResponse(int call_id, std::unique_ptr<v8_inspector::StringBuffer> message) override {
    sink_(data_, call_id, message->string());
  }
  void sendNotification(std::unique_ptr<v8_inspector::StringBuffer> message) override {
    sink_(data_, 0, message->string());
  }
  void flushProtocolNotifications() override {}

 private:
  InspectorSink sink_;
  void* data_;
};

// A new session on the runtime's inspector, its answers to channel.
std::unique_ptr<v8_inspector::V8InspectorSession> InspectorConnect(toy_runtime* rt,
                                                                   InspectorChannel* channel);
void DebuggerBeforeMain(toy_runtime* rt);  // --inspect-brk: pause on the main module's first line
bool ReportTerminated(toy_runtime* rt, v8::TryCatch* try_catch);  // errors.cc: Runtime.terminateExecution
void InspectorFree(toy_runtime* rt);

// worker.cc: workers; message.cc: MessagePorts and the messages between runtimes.
void WorkerInit(toy_runtime* rt);
void WorkerFree(toy_runtime* rt);
void WorkerInstall(v8::Local<v8::Context> context, v8::Local<v8::Object> core);
void WorkerReferences(std::vector<intptr_t>* refs);
bool WorkerReport(v8::Isolate* isolate, v8::Local<v8::Value> exception, v8::Local<v8::Message> message,
                  const char* kind, std::string* worker_kind);
bool WorkerLoadFailed(toy_runtime* rt, const std::string& text);
void SnapshotBuiltinOnly(bool on);  // snapshot.cc: a worker's runtime, never from an app's snapshot
void WorkerEnded(PortHandle* h);

// One channel end attached to this runtime's loop. The parent's end of a
// worker's channel knows its worker.
struct PortHandle {
  uv_async_t async;  // first: the block is freed through it
  toy_runtime* rt;
  toy_port* port;
  uint32_t id;
  WorkerThread* worker;
  bool started;  // a MessagePort's messages stay in its inbox until start()
};

// message.cc: the message path, which worker.cc uses too.
PortHandle* OpenPort(toy_runtime* rt, toy_port* port, WorkerThread* worker, bool ref);
void ClosePort(PortHandle* h, bool keep_port);
PortHandle* PortById(toy_runtime* rt, v8::Local<v8::Value> id);
void PostErrorReport(toy_port* port, const std::string& message, const std::string& file, int line,
                     int col);
void Throw(v8::Isolate* isolate, const char* cls, const char* message);
void MessageInstall(v8::Local<v8::Context> context, v8::Local<v8::Object> core);
void MessageReferences(std::vector<intptr_t>* refs);

#endif
