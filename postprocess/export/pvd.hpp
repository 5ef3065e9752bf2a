// A ParaView data collection (.pvd): the list of one dataset file per time, which ParaView opens
// as a time series. Written by hand: Debian's VTK 9.1 has no collection writer or reader.
#pragma once
#include <string>
#include <vector>

namespace gwp::exporting {

struct PvdEntry {
  double time = 0.0;  // d
  std::string file;   // relative to the .pvd's folder
};

// The XML text; times are written with 17 significant digits so they read back exactly.
std::string pvd_text(const std::vector<PvdEntry>& entries);

// Writes pvd_text to `path`; IoError naming the file if it cannot.
void write_pvd(const std::string& path, const std::vector<PvdEntry>& entries);

}  // namespace gwp::exporting
