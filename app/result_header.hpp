// What the result file says about the model before any solution: grid, layers, properties.
#pragma once
#include <string>

#include "models/model.hpp"
#include "results/result_writer.hpp"

namespace gwp::app {

results::ResultHeader result_header(const model::Model& m, const std::string& program_version);

}  // namespace gwp::app
