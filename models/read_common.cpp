// Pieces of reading that several sections share: entry names and first-order rates.
#include <cmath>

#include "models/read_sections.hpp"

namespace gwp::model {

std::string read_entry_name(Section& s, std::vector<std::pair<std::string, Location>>& names) {
  const Field f = s.require("name");
  auto name = f.string();
  if (!name) return {};
  if (name->empty()) {
    f.error("empty name (expected a name such as \"PW-1\")");
    return {};
  }
  names.emplace_back(*name, f.where());
  return *name;
}

void check_unique_names(Reader& reader, const std::vector<std::pair<std::string, Location>>& names,
                        const std::string& what) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (names[i].first != names[j].first) continue;
      const Location& first = names[j].second;
      reader.error(names[i].second, "duplicate " + what + " name '" + names[i].first + "' (first used at " +
                                        first.file + ":" + std::to_string(first.line) + ":" +
                                        std::to_string(first.column) + ")");
      break;
    }
  }
}

std::optional<double> read_first_order(Section& s, bool required) {
  const Field half_life = s.get("half_life");
  const Field rate = s.get("rate");
  if (half_life && rate) {
    rate.error("conflicts with 'half_life' (expected either half_life or rate)");
    return std::nullopt;
  }
  if (half_life) {
    auto t = half_life.quantity(Dimension::time, Range::positive());
    if (t) return std::log(2.0) / *t;
    return std::nullopt;
  }
  if (!rate && required)
    s.reader().error(s.where_missing("half_life"), "missing required key (expected half_life or rate)");
  return rate.quantity(Dimension::decay_rate, Range::non_negative());
}

}  // namespace gwp::model
