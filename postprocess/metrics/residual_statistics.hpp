// How far a model's concentrations lie from the observed ones: the residual statistics of a
// calibration (Anderson, Woessner and Hunt, "Applied Groundwater Modeling", 2nd ed., 2015,
// section 9.5). A residual is model - observed, so a positive mean error means the model is high.
#pragma once
#include <cstddef>
#include <limits>
#include <vector>

namespace gwp::metrics {

struct ResidualStatistics {
  std::size_t count = 0;                                      // pairs counted
  double mean_error = std::numeric_limits<double>::quiet_NaN();           // ME, mg/L
  double mean_absolute_error = std::numeric_limits<double>::quiet_NaN();  // MAE, mg/L
  double root_mean_square_error = std::numeric_limits<double>::quiet_NaN();  // RMSE, mg/L
  // RMSE / (largest - smallest observed), 1; NaN when the observations span no range (fewer
  // than two, or all equal): the ratio would say nothing.
  double normalised_rmse = std::numeric_limits<double>::quiet_NaN();
};

// The statistics of model[i] - observed[i] (equal lengths, else std::invalid_argument); NaN
// figures for no pairs.
ResidualStatistics residual_statistics(const std::vector<double>& observed, const std::vector<double>& model);

}  // namespace gwp::metrics
