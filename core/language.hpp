// The language of what gwplume shows people: English (the default) or Chinese, for reports to
// Chinese authorities. Pictures (render/language.hpp) and reports (report/messages.hpp) each
// keep their own wording; this is only the choice, shared by both and by the command line.
#pragma once
#include <optional>
#include <string_view>

namespace gwp {

enum class Language { en, zh };

// "en" or "zh" (as --lang takes them); nullopt for anything else.
std::optional<Language> parse_language(std::string_view code);

}  // namespace gwp
