#include "app/result_header.hpp"

namespace gwp::app {

post::ResultHeader result_header(const model::Model& m, const std::string& program_version) {
  post::ResultHeader h;
  h.case_name = m.source.name;
  h.case_toml = m.source.text;
  h.program_version = program_version;
  h.crs = m.source.grid.crs;
  h.grid = &m.grid->grid;
  h.layer_names = m.grid->layers.grid_layer_names();
  const auto& f = m.fields;
  h.properties = {{"kh", "m/d", f.kh},
                  {"kv", "m/d", f.kv},
                  {"porosity", "1", f.porosity},
                  {"specific_storage", "1/m", f.specific_storage},
                  {"specific_yield", "1", f.specific_yield},
                  {"bulk_density", "kg/L", f.bulk_density}};
  return h;
}

}  // namespace gwp::app
