// weak.cc: resources closed by the garbage collector. An object that
// holds a rid (an FsFile) can close it when the collector frees the
// object, through a weak handle V8 calls back on.
#include "bridge.h"

// V8 calls this during a garbage collection, once the object is gone.
// No JS may run here; closing a resource is plain C.
static void OnCollected(const v8::WeakCallbackInfo<WeakResource>& info) {
  WeakResource* weak = info.GetParameter();
  toy_runtime* rt = weak->rt;
  weak->object.Reset();
  toy_resources_close(&rt->state.resources, weak->rid);  // no-op if closed already
  rt->weak.erase(weak->rid);
  delete weak;
}

// Toy.core.closeOnCollect(object, rid): ties the resource's life to the
// object's, through a weak handle: when the collector frees the object,
// the rid is closed (unless the program closed it first).
void CloseOnCollect(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  toy_runtime* rt = RuntimeOf(isolate);
  if (!info[0]->IsObject() || !info[1]->IsUint32()) {
    isolate->ThrowException(v8::Exception::TypeError(
        NewString(isolate, "closeOnCollect: expected an object and a rid")));
    return;
  }
  uint32_t rid = info[1].As<v8::Uint32>()->Value();
  if (rt->weak.count(rid)) return;
  WeakResource* weak = new WeakResource();
  weak->rt = rt;
  weak->rid = rid;
  weak->object.Reset(isolate, info[0].As<v8::Object>());
  weak->object.SetWeak(weak, OnCollected, v8::WeakCallbackType::kParameter);
  rt->weak[rid] = weak;
}

// At exit, the weak handles left go (their resources close with the
// resource table).
void WeakFree(toy_runtime* rt) {
  for (auto& entry : rt->weak) {
    entry.second->object.Reset();
    delete entry.second;
  }
  rt->weak.clear();
}
