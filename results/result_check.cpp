#include "results/result_check.hpp"

#include <cstddef>
#include <sstream>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "results/result_format.hpp"
#include "results/result_grid_reader.hpp"

namespace gwp::results {

namespace {

std::string extent_text(const std::vector<std::size_t>& dims) {
  std::string text = "(";
  for (std::size_t k = 0; k < dims.size(); ++k) text += (k ? ", " : "") + std::to_string(dims[k]);
  return text + ")";
}

// A dataset that must exist with exactly `expected` as its extent.
void require_extent(const ResultReader& r, const std::string& path, const std::vector<std::size_t>& expected,
                    const std::string& why) {
  if (!r.exists(path)) throw IoError(r.path() + ": " + path + " is missing");
  const std::vector<std::size_t> dims = r.dims(path);
  if (dims != expected) {
    throw IoError(r.path() + ": " + path + " has extent " + extent_text(dims) + ", expected " +
                  extent_text(expected) + " (" + why + ")");
  }
}

// Length of a one-dimensional `times` dataset.
std::size_t times_count(const ResultReader& r, const std::string& path) {
  if (!r.exists(path)) throw IoError(r.path() + ": " + path + " is missing");
  const std::vector<std::size_t> dims = r.dims(path);
  if (dims.size() != 1) throw IoError(r.path() + ": " + path + " has extent " + extent_text(dims) + ", expected one dimension");
  return dims[0];
}

// A version as written: "2", or "1.5" for a value that is not whole.
std::string number_text(double value) {
  std::ostringstream text;
  text << value;
  return text.str();
}

void check_root(const ResultReader& r) {
  if (!r.has_attribute("/", "format") || r.text_attribute("/", "format") != kResultFormat)
    throw IoError(r.path() + ": the root attribute 'format' is missing or is not \"" + std::string(kResultFormat) + "\"");
  if (!r.has_attribute("/", "format_version"))
    throw IoError(r.path() + ": the root attribute 'format_version' is missing");
  const double version = r.number_attribute("/", "format_version");
  if (version != double(kResultFormatVersion)) {
    throw IoError(r.path() + ": result format version " + number_text(version) + "; this gwplume reads version " +
                  std::to_string(kResultFormatVersion) +
                  (version > kResultFormatVersion ? " (use a newer gwplume)" : " (the file is damaged)"));
  }
  const std::string status = result_status(r);
  if (status != kStatusComplete && status != kStatusInterrupted && status != kStatusFailed)
    throw IoError(r.path() + ": the root attribute 'status' is \"" + status + "\", expected complete, interrupted or failed");
}

}  // namespace

std::string result_status(const ResultReader& r) {
  if (!r.has_attribute("/", "status")) throw IoError(r.path() + ": the root attribute 'status' is missing");
  const std::string status = r.text_attribute("/", "status");
  // A run writes "complete" just before it closes its file and renames it: a file still at its
  // .partial name was stopped in between (killed) and is not taken for a finished result.
  if (status == kStatusComplete && r.path().ends_with(".partial")) return kStatusInterrupted;
  return status;
}

void check_result(const ResultReader& r) {
  check_root(r);
  const Grid g = read_grid(r);
  const std::vector<std::size_t> cells{std::size_t(g.nz), std::size_t(g.ny), std::size_t(g.nx)};
  const auto field = [&](std::size_t nt, std::size_t components) {
    std::vector<std::size_t> dims{nt};
    dims.insert(dims.end(), cells.begin(), cells.end());
    if (components > 0) dims.push_back(components);
    return dims;
  };
  // A sweep member collected with keep = "metrics" has shed its per-cell fields, and its root
  // attribute `fields` says so (docs/sweeps.md): its metrics, series and grid are still read.
  const bool fields_shed = r.has_attribute("/", "fields");
  const std::size_t nf = times_count(r, "/flow/times");
  if (!fields_shed || r.exists("/flow/head"))
    require_extent(r, "/flow/head", field(nf, 0), "one head per cell at each of /flow/times");
  if (r.exists("/flow/darcy_flux"))
    require_extent(r, "/flow/darcy_flux", field(nf, 3), "three components per cell at each of /flow/times");

  // Species: those with a /transport group, and those the metrics speak of (whose /transport
  // group must then be there).
  std::vector<std::string> species;
  if (r.exists("/transport"))
    for (const h5::Child& c : r.list("/transport"))
      if (c.kind == h5::ObjectKind::group) species.push_back(c.name);
  if (r.exists("/metrics")) {
    for (const h5::Child& c : r.list("/metrics")) {
      if (c.kind != h5::ObjectKind::group) continue;
      if (!r.exists("/transport")) throw IoError(r.path() + ": /transport is missing (the metrics name species " + c.name + ")");
      if (!r.exists("/transport/" + c.name))
        throw IoError(r.path() + ": /transport/" + c.name + " is missing (the metrics name species " + c.name + ")");
    }
  }
  if (species.empty()) return;
  const std::size_t nt = times_count(r, "/transport/times");
  for (const std::string& s : species) {
    const std::string group = "/transport/" + s;
    if (!fields_shed || r.exists(group + "/concentration"))
      require_extent(r, group + "/concentration", field(nt, 0), "one concentration per cell at each of /transport/times");
    if (r.exists(group + "/sorbed"))
      require_extent(r, group + "/sorbed", field(nt, 0), "one concentration per cell at each of /transport/times");
  }
}

}  // namespace gwp::results
