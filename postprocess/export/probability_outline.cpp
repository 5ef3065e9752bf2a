#include "postprocess/export/probability_outline.hpp"

#include <utility>

#include "postprocess/export/exceedance_outline.hpp"
#include "postprocess/export/outline_geojson.hpp"

namespace gwp::exporting {

std::vector<unsigned char> at_or_above(const std::vector<double>& probability, double level) {
  std::vector<unsigned char> mask(probability.size(), 0);
  // At or above: with M members a probability is a multiple of 1/M, and 2 of 4 is "50 %".
  for (std::size_t n = 0; n < probability.size(); ++n) mask[n] = probability[n] >= level - 1e-12 ? 1 : 0;
  return mask;
}

void write_probability_geojson(const std::string& path, const Grid& grid, const ProbabilityLayer& layer,
                               const std::vector<double>& levels, const OGRSpatialReference* srs) {
  OutlineGeoJson json(path, layer.species + "_probability", srs, layer.species, layer.time, layer.date,
                      {{"probability", OFTReal}});
  for (double level : levels)
    for (auto& outline : mask_outlines(grid, at_or_above(layer.probability, level)))
      json.add(std::move(outline), {{"probability", "", level}});
  json.finish();
}

}  // namespace gwp::exporting
