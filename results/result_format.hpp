// Fixed names and values of the result file (docs/result-file.md), shared by its writer and its reader.
#pragma once
#include <string>

namespace gwp::results {

inline constexpr const char* kResultFormat = "gwplume-result";  // root attribute `format`
inline constexpr int kResultFormatVersion = 1;                  // root attribute `format_version`

// Values of the root attribute `status`.
inline constexpr const char* kStatusComplete = "complete";
inline constexpr const char* kStatusInterrupted = "interrupted";
inline constexpr const char* kStatusFailed = "failed";

// Written for inactive cells in every per-cell field that grows in time (head, darcy_flux,
// concentrations), and recorded on such a dataset as its attribute `inactive_value`. A finite
// number far outside any physical value, so it survives tools that mishandle NaN.
inline constexpr double kInactiveValue = -1e30;

// Where a result is written while the run goes on; it is renamed to `final_path` only when
// complete.
inline std::string partial_path(const std::string& final_path) { return final_path + ".partial"; }

}  // namespace gwp::results
