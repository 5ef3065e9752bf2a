// Where a result is written while it is incomplete, and where it lands when complete.
#include <string>

namespace gwp::post {

std::string partial_path(const std::string& final_path) { return final_path + ".partial"; }

}  // namespace gwp::post
