#include "models/layer_table.hpp"

namespace gwp::model {

namespace {

std::vector<int> range(int first, int count) {
  std::vector<int> out;
  for (int k = first; k < first + count; ++k) out.push_back(k);
  return out;
}

}  // namespace

std::optional<std::vector<int>> LayerTable::grid_layers(const LayerRef& ref) const {
  if (ref.name.empty()) {
    if (ref.number < 1 || std::size_t(ref.number) > entries.size()) return std::nullopt;
    const Entry& e = entries[std::size_t(ref.number - 1)];
    return range(e.first, e.count);
  }
  for (const Entry& e : entries)
    if (e.name == ref.name) return range(e.first, e.count);
  return std::nullopt;
}

std::vector<std::string> LayerTable::grid_layer_names() const {
  std::vector<std::string> names;
  for (std::size_t l = 0; l < entries.size(); ++l) {
    const Entry& e = entries[l];
    const std::string base = e.name.empty() ? "layer " + std::to_string(l + 1) : e.name;
    for (int s = 0; s < e.count; ++s)
      names.push_back(e.count == 1 ? base : base + " (" + std::to_string(s + 1) + "/" + std::to_string(e.count) + ")");
  }
  return names;
}

std::string LayerTable::known_names() const {
  std::string out;
  for (std::size_t l = 0; l < entries.size(); ++l) {
    if (!out.empty()) out += ", ";
    out += std::to_string(l + 1);
    out += entries[l].name.empty() ? " (unnamed)" : " \"" + entries[l].name + "\"";
  }
  return out;
}

int LayerTable::grid_layer_count() const {
  int total = 0;
  for (const Entry& e : entries) total += e.count;
  return total;
}

std::string layer_label(const LayerTable::Entry& entry, std::size_t number) {
  return entry.name.empty() ? "layer " + std::to_string(number) : "layer \"" + entry.name + "\"";
}

std::string layer_label(const LayerRef& ref) {
  return ref.name.empty() ? "layer " + std::to_string(ref.number) : "layer \"" + ref.name + "\"";
}

}  // namespace gwp::model
