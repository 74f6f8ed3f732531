#include "shapes.h"

namespace {

void Callback(int n) {
//> 01-hello cc-in-namespace
  (void)n;
//< 01-hello cc-in-namespace
}

}  // namespace

void Holder::Run(int n) {
//> 01-hello cc-in-method
  Callback(n);
//< 01-hello cc-in-method
}
