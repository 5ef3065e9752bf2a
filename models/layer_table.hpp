// How the case's layers (named, from the top down, each possibly split into sublayers) map
// onto the grid's layers. A case layer is known by its 1-based number or its name.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "models/case.hpp"

namespace gwp::model {

struct LayerTable {
  struct Entry {
    std::string name;  // may be empty: the layer is then known by its number only
    int first = 0;     // 0-based grid layer of its top sublayer
    int count = 1;     // sublayers (grid layers first .. first + count - 1)
  };
  std::vector<Entry> entries;  // case layers, top down

  // 0-based grid layers of the case layer `ref` names (all its sublayers, top down);
  // nullopt when no case layer has that number or name.
  std::optional<std::vector<int>> grid_layers(const LayerRef& ref) const;

  // One name per grid layer, top down: "upper aquifer", or "upper aquifer (2/4)" for the
  // second of four sublayers; an unnamed case layer is "layer 3".
  std::vector<std::string> grid_layer_names() const;

  // The case layers for messages: 1 "clay cap", 2 "upper aquifer", 3 (unnamed).
  std::string known_names() const;

  // Total number of grid layers.
  int grid_layer_count() const;
};

// "layer "upper aquifer"" or "layer 3", as a case layer is named in messages.
std::string layer_label(const LayerTable::Entry& entry, std::size_t number);

// "layer "upper aquifer"" or "layer 3" for a reference as the case wrote it.
std::string layer_label(const LayerRef& ref);

}  // namespace gwp::model
