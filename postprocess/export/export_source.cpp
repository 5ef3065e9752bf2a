#include "postprocess/export/export_source.hpp"

#include "results/result_grid_reader.hpp"

#include <algorithm>
#include <cmath>

#include "core/errors.hpp"
#include "results/result_check.hpp"

namespace gwp::exporting {

namespace {


// Slices along the first dimension of `path`, 0 when the dataset does not exist.
std::size_t slices(const results::ResultReader& r, const std::string& path) {
  if (!r.exists(path)) return 0;
  const auto dims = r.dims(path);
  return dims.empty() ? 0 : dims[0];
}

std::vector<double> first(std::vector<double> times, std::size_t n) {
  times.resize(std::min(times.size(), n));
  return times;
}

}  // namespace

ExportSource read_export_source(const results::ResultReader& r) {
  ExportSource s;
  if (r.has_attribute("/", "case_name")) s.case_name = r.text_attribute("/", "case_name");
  if (r.has_attribute("/", "status")) s.status = results::result_status(r);
  s.grid = read_grid(r);
  if (r.has_attribute("/grid", "crs")) s.crs = r.text_attribute("/grid", "crs");
  s.start = r.start_date();
  if (r.exists("/grid/layer_names")) s.layer_names = r.read_texts("/grid/layer_names");
  s.layer_names.resize(std::size_t(s.grid.nz));

  if (r.exists("/flow/times") && r.exists("/flow/head")) {
    std::size_t n = slices(r, "/flow/head");
    if (r.exists("/flow/darcy_flux")) n = std::min(n, slices(r, "/flow/darcy_flux"));
    s.flow_times = first(r.read("/flow/times").values, n);
  }
  if (r.exists("/transport")) {
    std::size_t n = slices(r, "/transport/times");
    for (const results::h5::Child& c : r.list("/transport")) {
      const std::string path = "/transport/" + c.name + "/concentration";
      if (c.kind != results::h5::ObjectKind::group || !r.exists(path)) continue;
      s.species.push_back(c.name);
      n = std::min(n, slices(r, path));
    }
    if (!s.species.empty()) s.transport_times = first(r.read("/transport/times").values, n);
  }
  s.features = read_features(r);
  return s;
}

double species_limit(const ExportSource& source, const std::string& species) {
  for (const results::SpeciesLimits& l : source.features.species)
    if (l.name == species) return std::isfinite(l.limit) ? l.limit : -1.0;
  return -1.0;
}

}  // namespace gwp::exporting
