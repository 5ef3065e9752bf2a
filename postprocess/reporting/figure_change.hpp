// The change of a figure against the baseline scenario's: absolute, and in percent of the
// baseline's magnitude. Percent is undefined (NaN) where the baseline is zero or either is missing.
#pragma once

namespace gwp::reporting {

struct Change {
  double absolute = 0.0;  // value - baseline, in the figure's units
  double percent = 0.0;   // 100 (value - baseline) / |baseline|
};

Change change_against(double value, double baseline);

// The same where a change smaller than kNoiseRatio * scale (round-off against the figures of its
// kind) is no change: 0 and 0 %.
Change change_against(double value, double baseline, double scale);

}  // namespace gwp::reporting
