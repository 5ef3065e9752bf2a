// The nearest known word to a misspelt one, for "unknown key 'porosty' (did you mean 'porosity'?)".
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gwp::model {

// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring characters each cost 1 ("porosty" -> "porosity" is 1, "nxy" -> "nyx" is 1).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely misspelling: at most
// max(2, |word| / 3) edits and fewer edits than the word has characters. Ties go to the
// earlier candidate. Case differences count as edits.
std::optional<std::string> nearest(std::string_view word, const std::vector<std::string>& candidates);

// "a, b, c" for messages.
std::string join(const std::vector<std::string>& words, std::string_view separator = ", ");

}  // namespace gwp::model
