// Reads a result file (docs/result-file.md) for export, rendering, reports and tests. Opens read-only, so a
// file being written or one left at its partial name can be inspected too. Paths are absolute
// inside the file ("/flow/head"); "/" is the root.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "results/h5/dataset.hpp"
#include "results/h5/file.hpp"
#include "results/h5/table.hpp"
#include "results/observer.hpp"  // FlowBudgetRow

namespace gwp::results {

class ResultReader {
 public:
  // Throws IoError naming the file if it cannot be opened as HDF5.
  explicit ResultReader(const std::string& path);

  const std::string& path() const { return file_.path(); }

  bool exists(const std::string& path) const;
  // Direct members of the group at `path`, in name order.
  std::vector<h5::Child> list(const std::string& path) const;

  bool has_attribute(const std::string& object_path, const std::string& name) const;
  std::vector<std::string> attribute_names(const std::string& object_path) const;
  std::string text_attribute(const std::string& object_path, const std::string& name) const;
  std::vector<std::string> texts_attribute(const std::string& object_path,
                                           const std::string& name) const;
  double number_attribute(const std::string& object_path, const std::string& name) const;
  std::vector<double> numbers_attribute(const std::string& object_path,
                                        const std::string& name) const;

  // Extent of the dataset at `path`, slowest-varying first, without reading it.
  std::vector<std::size_t> dims(const std::string& path) const;
  // A numeric dataset as doubles with its extent.
  h5::Array read(const std::string& path) const;
  // Slice `index` along the first dimension, e.g. one time of (nt, nz, ny, nx).
  h5::Array read_slice(const std::string& path, std::size_t index) const;
  std::vector<std::string> read_texts(const std::string& path) const;
  h5::Table read_table(const std::string& path) const;
  // Every row of /flow/budget, in the order written (by time, then term).
  std::vector<FlowBudgetRow> flow_budget() const;
  // The calendar date of t = 0 (root attribute start_date), when the case gave one.
  std::optional<Date> start_date() const;

 private:
  h5::File file_;
};

}  // namespace gwp::results
