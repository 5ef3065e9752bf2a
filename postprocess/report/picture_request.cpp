#include "postprocess/report/picture_request.hpp"

#include <cctype>

namespace gwp::post {

PictureOutcome outcome_for(const std::vector<PictureOutcome>& outcomes, const std::string& file) {
  for (const PictureOutcome& o : outcomes)
    if (o.file == file) return o;
  return {file, "not drawn"};
}

std::string picture_stem(const std::string& name) {
  std::string stem;
  for (unsigned char c : name) stem += (std::isalnum(c) || c == '-' || c == '_') ? char(c) : '_';
  return stem.empty() ? "_" : stem;
}

}  // namespace gwp::post
