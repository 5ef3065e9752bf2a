#include "solver/flow/storage.hpp"

#include "solver/flow/saturation.hpp"

namespace gwp::solver {

double stored_volume(const CellStorage& cell, double head) {
  if (!cell.convertible) return cell.ss_volume * head;
  return cell.sy_volume * saturated_fraction(head, cell.top, cell.bottom) +
         cell.ss_volume * saturated_fraction_integral(head, cell.top, cell.bottom);
}

double storage_capacity(const CellStorage& cell, double head) {
  if (!cell.convertible) return cell.ss_volume;
  return cell.sy_volume * saturated_fraction_derivative(head, cell.top, cell.bottom) +
         cell.ss_volume * saturated_fraction(head, cell.top, cell.bottom);
}

}  // namespace gwp::solver
