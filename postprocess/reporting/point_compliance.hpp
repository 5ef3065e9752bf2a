// Whether a concentration series at a monitoring point or a supply well stays at or below a limit
// (docs/guigang-site.md section 6: GB/T 14848-2017 class IV is the compliance line of the 2023
// plan), when it first goes above it, and its peak so far. A sample exceeds when strictly above the limit; the first
// exceedance is interpolated linearly between the two samples that straddle the limit, as
// postprocess/exceedance_time.hpp does for /metrics/<species>/first_exceedance.
#pragma once
#include <cstddef>
#include <string>

#include "postprocess/reporting/result_series.hpp"
#include "results/result_features.hpp"

namespace gwp::reporting {

struct SeriesPeak {
  double value;  // largest sample, NaN without samples
  double time;   // d, of the first sample holding it
};

// The peak over the samples at times <= `until` (d, same_time() counts as equal).
SeriesPeak peak_until(const TimeSeries& series, double until);

// The first exceedance (d) of `limit` (mg/L) by the samples at times <= `until`; NaN if none
// (or the limit is NaN).
double first_exceedance_until(const TimeSeries& series, double limit, double until);

struct Compliance {
  double limit = 0.0;     // mg/L judged against
  double through = 0.0;   // d, the last time judged
  std::size_t samples = 0;   // samples at or before `through` (0 for a recorded verdict)
  bool recorded = false;     // from the run's own record of the receptor, not from a series
  bool exceeds = false;
  double first_exceedance = 0.0;  // d, NaN when it never exceeded
  SeriesPeak peak{};
};

Compliance judge_compliance(const TimeSeries& series, double limit, double through);

// A verdict from what the run recorded for a receptor over the whole run (/metrics/<species>/
// receptors: first exceedance of `limit`, peak and its time, all in d and mg/L): it exceeded
// through `through` when its first exceedance came by then; its peak is known up to `through`
// only when it came by then (NaN otherwise).
Compliance judge_recorded(double first_exceedance, double peak, double peak_time, double limit, double through);

// The limit a verdict uses: the species' GB/T 14848-2017 class IV value where it has one, else the
// run's own limit; `name` says which ("class IV" or "case limit").
struct ComplianceLimit {
  double value = 0.0;  // mg/L
  std::string name;
};
ComplianceLimit compliance_limit(const results::SpeciesLimits& limits);

// The limit a recorded verdict (judge_recorded) was measured against: the run's own limit, named
// "class IV" when it is the species' class IV value, else "case limit".
ComplianceLimit recorded_limit(const results::SpeciesLimits& limits);

// Verdicts in words: Wording::verdict (wording.hpp).

}  // namespace gwp::reporting
