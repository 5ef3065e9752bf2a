// [properties]: defaults for every cell, per-layer values, and zones that override both.
#include "models/read_sections.hpp"
#include "models/read_values.hpp"

namespace gwp::model {

namespace {

PropertyValues read_property_values(Section& s) {
  PropertyValues v;
  v.kh = s.quantity("kh", Dimension::velocity, Range::positive());
  v.kv = s.quantity("kv", Dimension::velocity, Range::positive());
  v.porosity = s.quantity("porosity", Dimension::dimensionless, Range::fraction());
  v.specific_storage = s.quantity("specific_storage", Dimension::specific_storage, Range::non_negative());
  v.specific_yield = s.quantity("specific_yield", Dimension::dimensionless, Range::unit_interval());
  v.bulk_density = s.quantity("bulk_density", Dimension::density, Range::positive());
  return v;
}

std::map<std::string, SpeciesReaction> read_zone_species(const Field& f) {
  std::map<std::string, SpeciesReaction> out;
  auto table = f.section();
  if (!table) return out;
  for (const NamedEntry& e : table->entries()) {
    const bool declared = check_species(f.reader(), e.name, e.name_where);
    auto reaction = e.value.section();
    if (!reaction) continue;
    SpeciesReaction r;
    r.sorption = read_sorption(reaction->get("sorption"));
    r.decay = read_decay(reaction->get("decay"));
    if (declared) out[e.name] = r;
  }
  return out;
}

}  // namespace

void read_properties(Section& root, Case& c) {
  auto properties = root.table("properties", true);
  if (!properties) return;
  Properties& p = c.properties;
  p.where = properties->where();
  p.defaults = read_property_values(*properties);

  if (auto layers = properties->table("layer")) {
    for (const NamedEntry& e : layers->entries()) {
      LayerRef ref = layer_ref_from_key(root.reader(), e.name, e.name_where);
      auto values = e.value.section();
      if (!values) continue;
      p.layer.emplace_back(std::move(ref), read_property_values(*values));
    }
  }

  for (Section& z : properties->tables("zone")) {
    Zone zone;
    zone.location = z.where();
    const Field name = z.get("name");
    if (auto n = name.string(); n && printable_name(name, *n)) zone.name = *n;
    zone.where = read_selection(z, SelectionKeys::all_kinds());
    zone.values = read_property_values(z);
    zone.species = read_zone_species(z.get("species"));
    p.zones.push_back(std::move(zone));
  }
  // Whether every active cell ends up with a kh and kv (from defaults, layers or zones) is checked
  // cell by cell when the property fields are resolved on the built grid.
}

}  // namespace gwp::model
