// SPDX-License-Identifier: EUPL-1.2
// A failure whose message is written in Dutch and English.
#pragma once

#include <stdexcept>
#include <utility>

#include "text.hpp"

namespace pipkit {

/// The base of lib's typed failures: what() is the English text, message()
/// both, so the CLI shows the user's language.
class TextError : public std::runtime_error {
 public:
  explicit TextError(Text message)
      : std::runtime_error(message.en), message_(std::move(message)) {}
  const Text& message() const { return message_; }

 private:
  Text message_;
};

}  // namespace pipkit
