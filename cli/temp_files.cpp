// SPDX-License-Identifier: EUPL-1.2
// Temporary files that are removed when pipkit is interrupted.
#include "temp_files.hpp"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <mutex>

namespace pipkit::cli {
namespace {

// A signal handler may only touch lock-free atomics and plain memory that
// is not being written, and call async-signal-safe functions such as
// unlink; hence fixed slots instead of a container.
struct Slot {
  std::atomic<bool> used{false};
  char path[PATH_MAX] = {};
};

Slot g_slots[TempFileGuard::kSlots];
std::mutex g_claim;  // claiming a slot; never taken in the handler

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

extern "C" void remove_and_reraise(int signal) {
  for (Slot& slot : g_slots) {
    if (slot.used.load(std::memory_order_acquire)) ::unlink(slot.path);
  }
  // Ending by the same signal tells the shell (and make, and git) that
  // pipkit was interrupted, not that it failed.
  std::signal(signal, SIG_DFL);
  ::raise(signal);
}

void install_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction action {};
    action.sa_handler = remove_and_reraise;
    sigemptyset(&action.sa_mask);
    for (int signal : kSignals) sigaddset(&action.sa_mask, signal);
    for (int signal : kSignals) {
      struct sigaction old {};
      ::sigaction(signal, nullptr, &old);
      // A signal the caller chose to ignore (nohup) stays ignored.
      if (old.sa_handler != SIG_IGN) ::sigaction(signal, &action, nullptr);
    }
  });
}

}  // namespace

int TempFileGuard::create(std::string& pattern) {
  static_assert(std::atomic<bool>::is_always_lock_free);
  release();
  install_handlers();
  sigset_t held;
  sigset_t before;
  sigemptyset(&held);
  for (int signal : kSignals) sigaddset(&held, signal);
  ::pthread_sigmask(SIG_BLOCK, &held, &before);
  const int fd = ::mkstemp(pattern.data());
  const int saved_errno = errno;
  if (fd >= 0) claim(pattern);
  ::pthread_sigmask(SIG_SETMASK, &before, nullptr);
  errno = saved_errno;
  return fd;
}

void TempFileGuard::claim(const std::string& path) {
  if (path.size() >= PATH_MAX) return;
  std::lock_guard lock(g_claim);
  for (int i = 0; i < kSlots; ++i) {
    Slot& slot = g_slots[i];
    if (slot.used.load(std::memory_order_relaxed)) continue;
    std::memcpy(slot.path, path.c_str(), path.size() + 1);
    slot.used.store(true, std::memory_order_release);
    slot_ = i;
    return;
  }
}

TempFileGuard::~TempFileGuard() { release(); }

void TempFileGuard::release() {
  if (slot_ < 0) return;
  std::lock_guard lock(g_claim);
  g_slots[slot_].used.store(false, std::memory_order_release);
  slot_ = -1;
}

}  // namespace pipkit::cli
