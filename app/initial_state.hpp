// Initial concentrations taken from an earlier run's result (`initial = { from = ..., time = ... }`):
// the stored field of the same species at the stored time nearest to the one asked for.
#pragma once
#include "models/model.hpp"

namespace gwp::app {

// Fills the initial concentrations of the species that name a result file. A file that
// cannot be read is an IoError; a result of another grid, without that species or without a
// stored time within 1e-6 d of the one asked for, is an InputError at the species' location.
void load_initial_concentrations(model::Model& m);

}  // namespace gwp::app
