// What an abandoned well's bore carried between the case layers it is open in, split by direction,
// from the run's own record (/metrics/<species>/abandoned_wells, docs/result-file.md): how much
// went down the bore into each layer, and how much came up into it, so that a report can say
// "about 176 kg went down AW-1 into the karst; none came up".
//
// The record gives, per layer (top down), the mass the bore gave it (in), took from it (out) and
// the net mass carried down the bore past its bottom (F, down positive; 0 below the lowest
// layer). A layer's net gain in - out is F above it - F below it. Mass the layer kept came from
// above when F above it is downward, from below when F below it is upward:
//   from above = max(0, F_above - max(F_below, 0))   when F_above > 0, else 0
//   from below = max(0, -F_below - max(-F_above, 0)) when F_below < 0, else 0
// A layer that passes mass on keeps only its net gain; one fed from both sides keeps both. Over
// all layers, what went down plus what came up is everything the bore moved between layers.
#pragma once
#include <string>
#include <vector>

#include "postprocess/metrics/metrics_table.hpp"

namespace gwp::reporting {

// One case layer of one bore: what the bore exchanged with it, either cumulative (g, since the
// start or between two times) or as rates (g/d over a step), and where it came from.
struct BoreLayer {
  std::string layer;
  double in = 0.0;            // from the bore into the layer's open cells
  double out = 0.0;           // from them into the bore
  double carried_down = 0.0;  // past the layer's bottom, down positive; 0 for the lowest layer
  double from_above = 0.0;    // of the layer's net gain, what came down the bore into it
  double from_below = 0.0;    // ... and what came up the bore into it
  double net() const { return in - out; }
};

struct BoreTransfer {
  std::string well;
  double time = 0.0;              // d, the (last) output time the figures are at
  std::vector<BoreLayer> layers;  // top down, as the record lists them
  double down = 0.0;              // sum of from_above: everything that went down into a layer
  double up = 0.0;                // sum of from_below: everything that came up into a layer
  bool empty() const { return layers.empty(); }
};

// The well names of the record, in first-seen order.
std::vector<std::string> bore_wells(const std::vector<metrics::BoreLayerMass>& rows);

// The output times at which the record has rows of `well`, ascending.
std::vector<double> bore_times(const std::vector<metrics::BoreLayerMass>& rows, const std::string& well);

// Splits layers whose in, out and carried_down are filled (top down) into from_above and
// from_below, and sums them into down and up.
BoreTransfer split_by_direction(BoreTransfer transfer);

// The cumulative masses (g) of `well` at output time `time` (same_time()); empty when the record
// has no row of the well then.
BoreTransfer bore_transfer(const std::vector<metrics::BoreLayerMass>& rows, const std::string& well, double time);

// What the bore carried between output times `from` and `to` (g): the cumulative masses at `to`
// less those at `from`; empty unless the record has the well at both times. At `to`.
BoreTransfer bore_transfer_between(const std::vector<metrics::BoreLayerMass>& rows, const std::string& well,
                                   double from, double to);

// The rates over the last transport step before `time` (g/d: rate_in, rate_out, rate_down).
BoreTransfer bore_rates(const std::vector<metrics::BoreLayerMass>& rows, const std::string& well, double time);

}  // namespace gwp::reporting
