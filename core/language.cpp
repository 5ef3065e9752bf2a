#include "core/language.hpp"

namespace gwp {

std::optional<Language> parse_language(std::string_view code) {
  if (code == "en") return Language::en;
  if (code == "zh") return Language::zh;
  return std::nullopt;
}

}  // namespace gwp
