#include "models/property_fields.hpp"

#include <cmath>
#include <limits>

#include "models/located.hpp"
#include "models/selection.hpp"

namespace gwp::model {

namespace {

constexpr double kUnset = std::numeric_limits<double>::quiet_NaN();

// Writes every value `v` sets into the cells `cells` of `f`.
template <class CellRange>
void apply(const PropertyValues& v, const CellRange& cells, CellFields& f) {
  for (const auto n : cells) {
    const auto c = std::size_t(n);
    if (v.kh) f.kh[c] = *v.kh;
    if (v.kv) f.kv[c] = *v.kv;
    if (v.porosity) f.porosity[c] = *v.porosity;
    if (v.specific_storage) f.specific_storage[c] = *v.specific_storage;
    if (v.specific_yield) f.specific_yield[c] = *v.specific_yield;
    if (v.bulk_density) f.bulk_density[c] = *v.bulk_density;
  }
}

CellFields defaults(const PropertyValues& v, std::size_t cells) {
  CellFields f;
  f.kh.assign(cells, v.kh.value_or(kUnset));
  f.kv.assign(cells, v.kv.value_or(kUnset));
  f.porosity.assign(cells, v.porosity.value_or(kDefaultPorosity));
  f.specific_storage.assign(cells, v.specific_storage.value_or(kDefaultSpecificStorage));
  f.specific_yield.assign(cells, v.specific_yield.value_or(kDefaultSpecificYield));
  f.bulk_density.assign(cells, v.bulk_density.value_or(kDefaultBulkDensity));
  return f;
}

std::vector<std::int64_t> cells_of_layers(const gwp::Grid& g, const std::vector<int>& layers) {
  std::vector<std::int64_t> out;
  for (int k : layers)
    for (std::int64_t c = 0; c < g.column_count(); ++c) out.push_back(std::int64_t(k) * g.column_count() + c);
  return out;
}

// Case layers where some active cell has no value of `field`; such inactive cells get 0.
void check_required(std::vector<double>& field, const char* name, const BuiltGrid& g, const Location& where,
                    Diagnostics& d) {
  std::string missing;
  const auto& entries = g.layers.entries;
  for (std::size_t l = 0; l < entries.size(); ++l) {
    bool lacking = false;
    for (int k = entries[l].first; k < entries[l].first + entries[l].count; ++k)
      for (std::int64_t c = 0; c < g.grid.column_count(); ++c) {
        const auto n = std::size_t(std::int64_t(k) * g.grid.column_count() + c);
        if (!std::isnan(field[n])) continue;
        if (g.grid.active[n]) lacking = true;
        else field[n] = 0.0;
      }
    if (lacking) missing += (missing.empty() ? "" : ", ") + layer_label(entries[l], l + 1);
  }
  if (!missing.empty())
    d.add(where, std::string(name) + " has no value in " + missing + " (give properties." + name +
                     ", or " + name + " for each layer)");
}

}  // namespace

std::vector<std::vector<std::int64_t>> zone_cells(const Properties& p, const BuiltGrid& g, Diagnostics& d) {
  std::vector<std::vector<std::int64_t>> out;
  for (const Zone& zone : p.zones) {
    Selection s = zone.where;
    s.where = located(s.where, zone.location);
    out.push_back(select_cells(s, g, d));
  }
  return out;
}

CellFields resolve_properties(const Properties& p, const BuiltGrid& g, Diagnostics& d, const Location& where) {
  CellFields f = defaults(p.defaults, std::size_t(g.grid.cell_count()));
  if (g.grid.cell_count() == 0) return f;
  for (const auto& [ref, values] : p.layer) {
    const auto layers = g.layers.grid_layers(ref);
    if (!layers) {
      d.add(located(ref.where, where), layer_label(ref) + " does not exist (the layers are " + g.layers.known_names() + ")");
      continue;
    }
    apply(values, cells_of_layers(g.grid, *layers), f);
  }
  const auto zones = zone_cells(p, g, d);
  for (std::size_t z = 0; z < zones.size(); ++z) apply(p.zones[z].values, zones[z], f);
  check_required(f.kh, "kh", g, where, d);
  check_required(f.kv, "kv", g, where, d);
  return f;
}

}  // namespace gwp::model
