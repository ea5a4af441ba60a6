// SPDX-License-Identifier: EUPL-1.2
// The ordered parallel loop behind run_ordered.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <system_error>
#include <thread>

namespace pipkit::cli {

template <typename Result>
void run_ordered(std::size_t count, unsigned jobs,
                 const std::function<Result(std::size_t)>& work,
                 const std::function<void(Result&)>& emit) {
  // More threads than files does nothing but risk running out of them.
  jobs = static_cast<unsigned>(std::clamp<std::size_t>(
      jobs, 1, std::max<std::size_t>(count, 1)));
  const std::size_t window = 16 * static_cast<std::size_t>(jobs);
  std::mutex mutex;
  std::condition_variable changed;
  std::map<std::size_t, Result> done;
  std::size_t next_to_take = 0;
  std::size_t next_to_emit = 0;

  auto worker = [&] {
    for (;;) {
      std::size_t index;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] {
          return next_to_take >= count ||
                 next_to_take < next_to_emit + window;
        });
        if (next_to_take >= count) return;
        index = next_to_take++;
      }
      Result result = work(index);
      {
        std::lock_guard lock(mutex);
        done.emplace(index, std::move(result));
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned i = 0; i < jobs; ++i) {
    // A system out of threads gives fewer workers, never an abort.
    try {
      threads.emplace_back(worker);
    } catch (const std::system_error&) {
      break;
    }
  }
  if (threads.empty()) {
    for (std::size_t i = 0; i < count; ++i) {
      Result result = work(i);
      emit(result);
    }
    return;
  }
  while (next_to_emit < count) {
    Result result;
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return done.count(next_to_emit) > 0; });
      auto node = done.extract(next_to_emit);
      result = std::move(node.mapped());
    }
    emit(result);
    {
      std::lock_guard lock(mutex);
      ++next_to_emit;
    }
    changed.notify_all();
  }
  for (std::thread& t : threads) t.join();
}

}  // namespace pipkit::cli
