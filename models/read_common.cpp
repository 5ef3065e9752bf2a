// Pieces of reading that several sections share: entry names and first-order rates.
#include <cmath>
#include <unordered_map>

#include "models/number_text.hpp"
#include "models/read_sections.hpp"

namespace gwp::model {

bool printable_name(const Field& f, const std::string& name) {
  // C0 controls, DEL and the C1 controls (U+0080 to U+009F, C2 80 to C2 9F in UTF-8).
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    const bool c1 = c == 0xC2 && i + 1 < name.size() && static_cast<unsigned char>(name[i + 1]) < 0xA0 &&
                    static_cast<unsigned char>(name[i + 1]) >= 0x80;
    if (c < 0x20 || c == 0x7F || c1) {
      f.error("a control character (found " + f.text() +
              ", expected printable text: it is shown in messages, pictures and reports)");
      return false;
    }
  }
  return true;
}

std::string read_entry_name(Section& s, std::vector<std::pair<std::string, Location>>& names) {
  const Field f = s.require("name");
  auto name = f.string();
  if (!name) return {};
  if (name->empty()) {
    f.error("empty name (expected a name such as \"PW-1\")");
    return {};
  }
  if (!printable_name(f, *name)) return {};
  names.emplace_back(*name, f.where());
  return *name;
}

void check_unique_names(Reader& reader, const std::vector<std::pair<std::string, Location>>& names,
                        const std::string& what) {
  // The first use of each name, looked up rather than searched for: a case may list many
  // thousands of points.
  std::unordered_map<std::string, std::size_t> first;
  first.reserve(names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto [it, inserted] = first.emplace(names[i].first, i);
    if (inserted) continue;
    const Location& where = names[it->second].second;
    reader.error(names[i].second, "duplicate " + what + " name '" + names[i].first + "' (first used at " + where.file +
                                      ":" + std::to_string(where.line) + ":" + std::to_string(where.column) + ")");
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
    if (!t) return std::nullopt;
    // A half-life so short that its rate ln 2 / t is too large to hold (1e-320 d gives infinity).
    const double shortest = std::log(2.0) / kLargestQuantity;
    if (!(*t >= shortest)) {
      half_life.error("too short (found " + half_life.text() + ", expected a half-life of at least " +
                      number_text(shortest) + " d)");
      return std::nullopt;
    }
    return std::log(2.0) / *t;
  }
  if (!rate && required)
    s.reader().error(s.where_missing("half_life"), "missing required key (expected half_life or rate)");
  return rate.quantity(Dimension::decay_rate, Range::non_negative());
}

}  // namespace gwp::model
