// Which stored slices make up each exported time. Flow (heads) and transport (concentrations)
// may be stored at different times: an export follows the transport times (the flow times when
// the run has no species) and shows at each the latest head stored at or before it, the head
// that was driving transport then.
#pragma once
#include <vector>

namespace gwp::exporting {

struct OutputStep {
  double time = 0.0;        // d
  int transport_slice = -1; // index into /transport/times, -1: none (no species)
  int flow_slice = -1;      // index into /flow/times, -1: no head stored at or before `time`
};

// Index of the latest time in `times` (ascending, d) at or before `t`, allowing for rounding of
// 1e-9 of the time's size; -1 when every stored time is later.
int latest_at_or_before(const std::vector<double>& times, double t);

// The exported steps, in time order.
std::vector<OutputStep> output_steps(const std::vector<double>& flow_times,
                                     const std::vector<double>& transport_times);

}  // namespace gwp::exporting
