// How a report words what an abandoned well's bore carried (bore_transfer.hpp): masses in g or kg
// by their size, directions as "down"/"up" (never a bare negative number), one sentence per well
// and species ("In 10 years about 176 kg of NH₃-N went down AW-1 into karst; none came up."), the
// well's state and the water in its bore, what moved after it was plugged, and its table by case
// layer. In the Wording's language, times as dates when the result has a start date.
#pragma once
#include <string>
#include <vector>

#include "postprocess/reporting/bore_transfer.hpp"
#include "postprocess/reporting/document.hpp"
#include "postprocess/reporting/result_figures.hpp"
#include "postprocess/reporting/wording.hpp"

namespace gwp::reporting {

// Thresholds of the wording (documented in docs/report-and-compare.md).
inline constexpr double kPracticallyNone = 1e-3;  // a direction below this fraction of the other: "practically none"
inline constexpr double kNamedLayerShare = 0.01;  // layers named in a sentence: at least this share of the total

// A mass (g) for people: "177.0 kg" from 1000 g up (after rounding), "0.1600 g" below, with
// `significant` digits (trailing zeros kept); "0 g" for zero and round-off (below `noise_floor`,
// g); "—" for NaN. `per_day` gives a rate: "1.306e-06 g/d", "3.146 kg/d".
std::string mass_text(double grams, double noise_floor, int significant = 4, bool per_day = false);

// The same with its sign: "+177.0 kg", "-0.1600 g", "0 g".
std::string signed_mass_text(double grams, double noise_floor, int significant = 4);

// A mass carried along the bore, down positive, as "177.0 kg down" / "0.1600 g up" / "0 g".
std::string carried_text(double grams, double noise_floor, const Wording& w, int significant = 4);

// The scale against which a species' bore masses are told from round-off (g): the largest mass
// any of its bores exchanged with a layer or carried past one, at any time. The bores' figures are
// sums of per-cell exchanges, so their round-off is relative to what the bores move, not to the
// plume: 0.01 g through a plugged bore is a result beside a plume of 50 t, 1e-12 g beside 5 g is not.
double bore_mass_scale(const SpeciesFigures& species);
// The same for rates (g/d): the largest bore rate of the species.
double bore_rate_scale(const SpeciesFigures& species);

// "In 10 years" (from t = 0 to `time`, d) without a start date, "From 2005-01-01 to 2015-01-01"
// with one.
std::string bore_span(double time, const Wording& w);

// What the bore carried, in one sentence: how much went down into which layers and how much came
// up, from t = 0 to the transfer's time. `species` as the reader knows it (Wording::species_label).
std::string bore_sentence(const BoreTransfer& transfer, const std::string& species, double noise_floor,
                          const Wording& w);

// "AW-1 (bore open from 49 m to 6 m): open at the start, plugged on 2010-01-01." Plugs after
// `last_time` (d, the last output time) are said to be after it.
std::string bore_state_sentence(const RecordedWell& well, double last_time, const Wording& w);

// "Water in the bore: 11.66 m3/d down before the plug, 6.794e-08 m3/d after it." for a well
// plugged during the run, else the last flow; from /wells/<name>/flow.
std::string bore_flow_sentence(const RecordedWell& well, double last_time, const Wording& w);

// What moved after the well was plugged, when it was plugged before the last output time: exact
// when an output time falls on the plug (the cumulative masses at the last output time less those
// at the plug), else the rates over the last transport step. Empty when the well was not plugged
// during the run, or the record holds no rows of it.
std::string bore_after_plug_sentence(const std::vector<metrics::BoreLayerMass>& rows, const RecordedWell& well,
                                     double noise_floor, double rate_noise_floor, const Wording& w);

// One row per case layer: into the layer, out of it, net into it, carried past its bottom.
DocumentTable bore_layer_table(const BoreTransfer& transfer, double noise_floor, const Wording& w);

}  // namespace gwp::reporting
