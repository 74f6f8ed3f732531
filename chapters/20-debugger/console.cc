// console.cc: what the console's formatter asks V8 that JavaScript
// cannot: the state of a promise, and the object a Proxy stands for.
#include "bridge.h"

// Toy.core.promiseState(promise): [state, result] for the console, which
// shows a promise's state; JS itself cannot look. 0 pending, 1 fulfilled,
// 2 rejected.
void PromiseState(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsPromise()) return;
  v8::Local<v8::Promise> promise = info[0].As<v8::Promise>();
  int state = promise->State() == v8::Promise::kPending     ? 0
              : promise->State() == v8::Promise::kFulfilled ? 1
                                                            : 2;
  v8::Local<v8::Value> items[2] = {v8::Integer::New(isolate, state),
                                   state == 0 ? v8::Undefined(isolate).As<v8::Value>()
                                              : promise->Result()};
  info.GetReturnValue().Set(v8::Array::New(isolate, items, 2));
}

// Toy.core.proxyTarget(value): the object a Proxy stands for (through
// proxies of proxies), null if it was revoked, undefined for anything
// that is not a Proxy. The console shows a proxy's target, since reading
// the proxy itself would run its traps, which may throw.
void ProxyTarget(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Value> value = info[0];
  if (!value->IsProxy()) return;
  while (value->IsProxy()) value = value.As<v8::Proxy>()->GetTarget();
  info.GetReturnValue().Set(value);
}
