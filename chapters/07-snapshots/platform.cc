// platform.cc: V8's own tasks on the event loop. V8 does some work on
// threads of its own (compiling WebAssembly, for one) and finishes it on
// the isolate's thread, as a task it posts to the isolate's foreground
// queue: resolving WebAssembly.instantiate's promise is such a task, and
// so is Atomics.notify waking an Atomics.waitAsync. Nothing runs those
// tasks unless the embedder does, and a task may be posted from any
// thread while the loop sleeps. So toyjs hands V8 a platform of its own:
// V8's default platform for everything, except that each isolate's queue
// also wakes that isolate's loop when a task is posted to it.
#include "bridge.h"

#include <math.h>

#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>

#include <libplatform/libplatform.h>

// The loops that want to hear of their isolate's tasks, by isolate. A
// task may be posted from any thread, and a runtime may go away on its
// own thread meanwhile: the lock makes the two one after the other.
static std::mutex g_lock;
static std::unordered_map<v8::Isolate*, TasksPart*> g_loops;
static v8::Platform* g_default;  // V8's platform, which holds the queues

// Called under g_lock: wakes the isolate's loop, and notes when a
// delayed task falls due (its timer is armed on the loop's thread).
static void WakeLocked(v8::Isolate* isolate, double delay) {
  auto it = g_loops.find(isolate);
  if (it == g_loops.end()) return;  // not running yet, or gone
  if (delay > 0) it->second->due.insert(g_default->MonotonicallyIncreasingTime() + delay);
  uv_async_send(&it->second->wake);
}

static void Wake(v8::Isolate* isolate, double delay) {
  std::lock_guard<std::mutex> hold(g_lock);
  WakeLocked(isolate, delay);
}

// An isolate's foreground queue: V8's own, plus the wake-up.
class WakingTaskRunner : public v8::TaskRunner {
 public:
  WakingTaskRunner(std::shared_ptr<v8::TaskRunner> queue, v8::Isolate* isolate)
      : queue_(std::move(queue)), isolate_(isolate) {}
  void PostTask(std::unique_ptr<v8::Task> task) override {
    queue_->PostTask(std::move(task));
    Wake(isolate_, 0);
  }
  void PostNonNestableTask(std::unique_ptr<v8::Task> task) override {
    queue_->PostNonNestableTask(std::move(task));
    Wake(isolate_, 0);
  }
  void PostDelayedTask(std::unique_ptr<v8::Task> task, double delay) override {
    queue_->PostDelayedTask(std::move(task), delay);
    Wake(isolate_, delay);
  }
  void PostNonNestableDelayedTask(std::unique_ptr<v8::Task> task, double delay) override {
    queue_->PostNonNestableDelayedTask(std::move(task), delay);
    Wake(isolate_, delay);
  }
  void PostIdleTask(std::unique_ptr<v8::IdleTask> task) override {
    queue_->PostIdleTask(std::move(task));
  }
  bool IdleTasksEnabled() override { return queue_->IdleTasksEnabled(); }
  bool NonNestableTasksEnabled() const override { return queue_->NonNestableTasksEnabled(); }
  bool NonNestableDelayedTasksEnabled() const override {
    return queue_->NonNestableDelayedTasksEnabled();
  }

 private:
  std::shared_ptr<v8::TaskRunner> queue_;
  v8::Isolate* isolate_;
};

// The platform V8 runs on: the default one's answers, except for the
// foreground queues (below).
class LoopPlatform : public v8::Platform {
 public:
  explicit LoopPlatform(std::unique_ptr<v8::Platform> base) : base_(std::move(base)) {}
  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(v8::Isolate* isolate) override;
  v8::PageAllocator* GetPageAllocator() override { return base_->GetPageAllocator(); }
  v8::ZoneBackingAllocator* GetZoneBackingAllocator() override {
    return base_->GetZoneBackingAllocator();
  }
  void OnCriticalMemoryPressure() override { base_->OnCriticalMemoryPressure(); }
  bool OnCriticalMemoryPressure(size_t length) override {
    return base_->OnCriticalMemoryPressure(length);
  }
  int NumberOfWorkerThreads() override { return base_->NumberOfWorkerThreads(); }
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    base_->CallOnWorkerThread(std::move(task));
  }
  void CallBlockingTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    base_->CallBlockingTaskOnWorkerThread(std::move(task));
  }
  void CallLowPriorityTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    base_->CallLowPriorityTaskOnWorkerThread(std::move(task));
  }
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task, double delay) override {
    base_->CallDelayedOnWorkerThread(std::move(task), delay);
  }
  bool IdleTasksEnabled(v8::Isolate* isolate) override { return base_->IdleTasksEnabled(isolate); }
  std::unique_ptr<v8::JobHandle> PostJob(v8::TaskPriority priority,
                                         std::unique_ptr<v8::JobTask> job) override {
    return base_->PostJob(priority, std::move(job));
  }
  double MonotonicallyIncreasingTime() override { return base_->MonotonicallyIncreasingTime(); }
  double CurrentClockTimeMillis() override { return base_->CurrentClockTimeMillis(); }
  StackTracePrinter GetStackTracePrinter() override { return base_->GetStackTracePrinter(); }
  v8::TracingController* GetTracingController() override {
    return base_->GetTracingController();
  }
  void DumpWithoutCrashing() override { base_->DumpWithoutCrashing(); }
  v8::HighAllocationThroughputObserver* GetHighAllocationThroughputObserver() override {
    return base_->GetHighAllocationThroughputObserver();
  }

 private:
  std::unique_ptr<v8::Platform> base_;
};

// LoopPlatform passes every call on to V8's default platform (base_),
// but one: an isolate's queue of tasks is the default one wrapped.
std::shared_ptr<v8::TaskRunner> LoopPlatform::GetForegroundTaskRunner(v8::Isolate* isolate) {
  return std::make_shared<WakingTaskRunner>(base_->GetForegroundTaskRunner(isolate), isolate);
}

std::unique_ptr<v8::Platform> NewLoopPlatform() {
  std::unique_ptr<v8::Platform> base = v8::platform::NewDefaultPlatform();
  g_default = base.get();
  return std::make_unique<LoopPlatform>(std::move(base));
}

static void OnTasksTimer(uv_timer_t* timer);

// Runs the tasks V8 queued for this isolate that are due, then the
// microtasks they queued (a promise they settled), as after any callback.
static void RunTasks(toy_runtime* rt) {
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Context::Scope context_scope(rt->context.Get(isolate));
  while (v8::platform::PumpMessageLoop(g_default, isolate)) {
  }
  Checkpoint(rt);
  // V8 is done with its work in the background: the wake-up no longer
  // keeps the loop alive (see TasksBusy).
  if (!isolate->HasPendingBackgroundTasks()) uv_unref(reinterpret_cast<uv_handle_t*>(&rt->tasks.wake));
  // The earliest delayed task still to come, if any, on an unref'd
  // timer: V8's own timers (the garbage collector's) never keep a
  // finished program running.
  double next = 0;
  {
    std::lock_guard<std::mutex> hold(g_lock);
    double now = g_default->MonotonicallyIncreasingTime();
    std::multiset<double>& due = rt->tasks.due;
    while (!due.empty() && *due.begin() <= now) due.erase(due.begin());
    if (!due.empty()) next = *due.begin() - now;
  }
  if (next > 0) uv_timer_start(&rt->tasks.timer, OnTasksTimer, (uint64_t)ceil(next * 1000), 0);
}

static void OnTasksWake(uv_async_t* async) {
  RunTasks(static_cast<toy_runtime*>(async->data));
}

static void OnTasksTimer(uv_timer_t* timer) {
  RunTasks(static_cast<toy_runtime*>(timer->data));
}

// The loop has nothing left of its own (loop.c asks): if V8 still works
// for this isolate in the background, wait for the task it will post.
static int TasksBusy(void* owner) {
  toy_runtime* rt = static_cast<toy_runtime*>(owner);
  if (!rt->isolate->HasPendingBackgroundTasks()) return 0;
  uv_ref(reinterpret_cast<uv_handle_t*>(&rt->tasks.wake));
  return 1;
}

void TasksInit(toy_runtime* rt) {
  uv_async_init(&rt->loop.uv, &rt->tasks.wake, OnTasksWake);
  uv_unref(reinterpret_cast<uv_handle_t*>(&rt->tasks.wake));
  rt->tasks.wake.data = rt;
  uv_timer_init(&rt->loop.uv, &rt->tasks.timer);
  uv_unref(reinterpret_cast<uv_handle_t*>(&rt->tasks.timer));
  rt->tasks.timer.data = rt;
  rt->loop.busy = TasksBusy;
  // Tasks V8 posted while the isolate was being made run at the first
  // wake-up: none of them is the program's.
  std::lock_guard<std::mutex> hold(g_lock);
  g_loops[rt->isolate] = &rt->tasks;
}

// Before the loop closes: no thread may wake it from now on.
void TasksFree(toy_runtime* rt) {
  {
    std::lock_guard<std::mutex> hold(g_lock);
    g_loops.erase(rt->isolate);
  }
  rt->loop.busy = nullptr;
  uv_close(reinterpret_cast<uv_handle_t*>(&rt->tasks.wake), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&rt->tasks.timer), nullptr);
}
