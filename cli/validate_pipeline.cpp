// SPDX-License-Identifier: EUPL-1.2
// Checks many files in parallel and hands the results back in path order.
#include "validate_pipeline.hpp"

#include <deque>
#include <filesystem>
#include <fmt/format.h>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "common.hpp"
#include "source.hpp"

namespace pipkit::cli {
namespace {

constexpr std::size_t kMaxBytes = SourceLimits{}.max_bytes;

CaseFile unreadable(const std::string& path, const std::string& why) {
  CaseFile file;
  file.source = Source(path, "");
  file.diagnostics.push_back(Diagnostic{
      "PK001", Severity::kError, Position{}, "",
      {fmt::format("kan het bestand niet lezen: {}", why),
       fmt::format("cannot read the file: {}", why)}});
  return file;
}

// Intakes just checked, so that the plan beside an intake, which comes
// right after it in path order, need not parse it a second time. Bounded,
// so memory stays flat over any number of files.
class RecentIntakes {
 public:
  void add(const std::string& path, const Intake& intake) {
    std::lock_guard lock(mutex_);
    if (by_path_.emplace(path, std::make_shared<Intake>(intake)).second) {
      order_.push_back(path);
    }
    if (order_.size() > kKeep) {
      by_path_.erase(order_.front());
      order_.pop_front();
    }
  }

  std::shared_ptr<const Intake> find(const std::string& path) const {
    std::lock_guard lock(mutex_);
    const auto found = by_path_.find(path);
    return found == by_path_.end() ? nullptr : found->second;
  }

 private:
  static constexpr std::size_t kKeep = 64;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const Intake>> by_path_;
  std::deque<std::string> order_;
};

RecentIntakes& recent_intakes() {
  static RecentIntakes cache;
  return cache;
}

std::string normal(const std::string& path) {
  return std::filesystem::path(path).lexically_normal().string();
}

std::shared_ptr<const Intake> intake_at(const std::string& path,
                                        const FileReader& read) {
  if (auto cached = recent_intakes().find(path)) return cached;
  FileBytes bytes = read(path, kMaxBytes);
  if (!bytes.ok) return nullptr;
  CaseFile intake = check_case_file(path, std::move(bytes.bytes), bytes.size);
  if (!intake.intake) return nullptr;
  return std::make_shared<Intake>(std::move(*intake.intake));
}

}  // namespace

CaseFile read_case_file(const std::string& path, const FileReader& read) {
  FileBytes bytes = read(path, kMaxBytes);
  if (!bytes.ok) return unreadable(path, bytes.error);
  const std::string shown = path == "-" ? "<stdin>" : path;
  return check_case_file(shown, std::move(bytes.bytes), bytes.size);
}

CaseFile load_and_check(const std::string& path, const FileReader& read) {
  return load_with_intake(path, read).file;
}

CheckedFile load_with_intake(const std::string& path,
                             const FileReader& read) {
  CheckedFile checked{read_case_file(path, read), nullptr};
  CaseFile& file = checked.file;
  if (file.intake && path != "-")
    recent_intakes().add(normal(path), *file.intake);
  if (!file.pip || path == "-") return checked;
  const std::string intake_path = intake_path_for(*file.pip);
  checked.intake = intake_at(intake_path, read);
  check_against_intake(file, checked.intake.get(), intake_path);
  return checked;
}

}  // namespace pipkit::cli
