#include "solver/transport/storage.hpp"

namespace gwp::solver {

void DissolvedStorage::fill_row(const StepView& s, std::int64_t cell, RowRef& row) const {
  const double dt = s.dt();
  row.add_diagonal(s.water_new(cell) / dt);
  row.rhs += s.water_old(cell) * s.c_old[std::size_t(cell)] / dt;
}

}  // namespace gwp::solver
