#include "app/progress.hpp"

#include <algorithm>
#include <iomanip>
#include <ostream>
#include <string>

namespace gwp::app {

void Progress::update(double time, double end) {
  const double fraction = end > 0.0 ? std::clamp(time / end, 0.0, 1.0) : 1.0;
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (plain_) {
    const int tenth = int(fraction * 10.0 + 1e-9);
    if (tenth == last_tenth_) return;
    last_tenth_ = tenth;
    out_ << std::setprecision(6) << "t = " << time << " d of " << end << " d (" << tenth * 10 << " %), "
         << std::fixed << std::setprecision(1) << elapsed << " s" << std::defaultfloat << std::setprecision(6) << "\n";
    return;
  }
  const int width = 40, filled = int(fraction * width);
  out_ << "\r[" << std::string(std::size_t(filled), '#') << std::string(std::size_t(width - filled), ' ') << "] "
       << std::setw(3) << int(fraction * 100.0) << " %  t = " << std::setprecision(6) << time << " d  " << std::fixed
       << std::setprecision(1) << elapsed << " s" << std::defaultfloat << std::setprecision(6) << std::flush;
}

void Progress::done() {
  if (!plain_) out_ << "\n";
}

}  // namespace gwp::app
