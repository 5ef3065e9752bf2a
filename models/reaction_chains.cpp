#include "models/reaction_chains.hpp"

#include <algorithm>
#include <functional>

#include "core/short_number.hpp"

namespace gwp::model {

namespace {

std::string link_text(const ParentLink& link) {
  std::string text = " (yield " + short_number(link.yield, 6);
  if (link.phase == Decay::Phase::dissolved) text += ", dissolved phase";
  if (link.phase == Decay::Phase::sorbed) text += ", sorbed phase";
  return text + ")";
}

}  // namespace

std::vector<std::string> chain_texts(const std::vector<Species>& species) {
  // Daughters of each species, in the order the species are declared.
  auto daughters_of = [&](const std::string& name) {
    std::vector<std::pair<const Species*, const ParentLink*>> out;
    for (const Species& s : species)
      for (const ParentLink& l : s.parents)
        if (l.species == name) out.emplace_back(&s, &l);
    return out;
  };
  std::vector<std::string> lines;
  std::vector<std::string> on_path;
  std::function<void(const std::string&, const std::string&)> walk = [&](const std::string& name,
                                                                          const std::string& text) {
    const auto next = daughters_of(name);
    bool extended = false;
    on_path.push_back(name);
    for (const auto& [daughter, link] : next) {
      if (std::find(on_path.begin(), on_path.end(), daughter->name) != on_path.end()) continue;
      extended = true;
      walk(daughter->name, text + " -> " + daughter->name + link_text(*link));
    }
    on_path.pop_back();
    if (!extended && text.find(" -> ") != std::string::npos) lines.push_back(text);
  };
  for (const Species& s : species)
    if (s.parents.empty() && !daughters_of(s.name).empty()) walk(s.name, s.name);
  return lines;
}

}  // namespace gwp::model
