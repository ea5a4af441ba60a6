// SPDX-License-Identifier: EUPL-1.2
// Temporary files that are removed when pipkit is interrupted.
#pragma once

#include <string>

namespace pipkit::cli {

/// Creates a temporary file and marks it for removal should SIGINT, SIGTERM,
/// SIGHUP or SIGQUIT end pipkit while the guard lives; the first guard installs
/// the handlers, which remove every marked file and then let the signal end the
/// program as it would have. Holds at most kSlots files at once; one more is
/// simply not guarded. Never throws.
class TempFileGuard {
 public:
  static constexpr int kSlots = 8;

  TempFileGuard() = default;
  ~TempFileGuard();
  TempFileGuard(const TempFileGuard&) = delete;
  TempFileGuard& operator=(const TempFileGuard&) = delete;

  /// Creates a file from a mkstemp(3) pattern (which receives the name)
  /// and guards it, with the signals held off in between so that no
  /// interruption can leave it behind; returns its descriptor, or -1 with
  /// errno set when it cannot be created.
  int create(std::string& pattern);

  /// Stops guarding, for when the file was renamed to its final name.
  void release();

 private:
  void claim(const std::string& path);

  int slot_ = -1;
};

}  // namespace pipkit::cli
