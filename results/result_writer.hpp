// Writes a run's result file (docs/result-file.md) as the run goes on. The file is written at
// `<final path>.partial` with status "interrupted", so a run killed at any point leaves a file
// that says so; finish_complete() marks it complete and renames it to the final path in one
// atomic step; finish_failed() records why and leaves it at the partial name.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/grid.hpp"
#include "results/h5/dataset.hpp"
#include "results/h5/file.hpp"
#include "results/h5/table.hpp"
#include "results/observer.hpp"
#include "results/result_features.hpp"
#include "results/result_format.hpp"
#include "results/result_grid.hpp"

namespace gwp::results {

struct ResultHeader {
  std::string case_name;
  std::string case_title;  // [case] title, may be empty
  std::string case_toml;  // the case text after --set overrides
  std::string program_version;
  std::string crs;                       // may be empty
  std::string start_date;                // [time] start "YYYY-MM-DD", the date of t = 0; may be empty
  const Grid* grid = nullptr;            // not owned; read in the constructor only
  std::vector<std::string> layer_names;  // per grid layer
  using Field = CellField;
  std::vector<Field> properties;  // per cell, written to /properties/<name>
  ResultFeatures features;        // /features and the species' limits
};

class ResultWriter : public Observer {
 public:
  // Creates the directory of `final_path` if needed, replaces a stale partial file and writes
  // the root attributes, /grid and /properties. Throws IoError if the file cannot be written.
  ResultWriter(std::string final_path, const ResultHeader& header);
  // Closes a file that was neither completed nor failed: its status stays "interrupted".
  ~ResultWriter() override;
  ResultWriter(const ResultWriter&) = delete;
  ResultWriter& operator=(const ResultWriter&) = delete;

  // /flow/times, /flow/head, /flow/darcy_flux, /flow/discrepancy_percent and /flow/budget rows.
  void on_flow_output(const FlowOutput& output) override;
  // /transport/times and, per species, /transport/<species>/concentration (and sorbed),
  // discrepancy_percent, dissolved_mass, sorbed_mass and the budget rows.
  void on_transport_output(const TransportOutput& output) override;
  // Appends the row [time, values...] to the (n, 1 + values.size()) dataset at `path`.
  void on_series(const std::string& path, const std::string& units, double time,
                 const std::vector<double>& values) override;
  void on_series_columns(const std::string& path, const std::vector<SeriesColumn>& columns, double time,
                         const std::vector<double>& values) override;

  // A whole dataset of doubles at `path` (parent groups created) with attribute `units`.
  void write_dataset(const std::string& path, const std::vector<std::size_t>& dims,
                     const std::vector<double>& values, const std::string& units);
  // Appends a per-cell field at `time` to <group_path>/<name>, shape (nt, nz, ny, nx) or, with
  // several components per cell (values cell-major), (nt, nz, ny, nx, components). The time goes
  // to <group_path>/times unless a sibling field already recorded it as the latest time; fields of
  // one group must therefore be appended at the same times. Inactive cells get kInactiveValue.
  void append_field(const std::string& group_path, const std::string& name,
                    const std::string& units, double time, const std::vector<double>& values,
                    int components = 1);
  // Appends one number per time to <group_path>/<name>, shape (nt), same time rule.
  void append_value(const std::string& group_path, const std::string& name,
                    const std::string& units, double time, double value);
  // Appends rows to the table at `path`, created with the columns of `rows` on first use;
  // `units` is its `units` attribute and `column_units` (one per column) its `column_units`.
  void append_rows(const std::string& path, const h5::Table& rows, const std::string& units,
                   const std::vector<std::string>& column_units);
  // Sets the text attribute `name` of the table or dataset at `path`, written by this writer,
  // unless it has one already.
  void set_text_once(const std::string& path, const std::string& name, const std::string& text);
  // Sets (or replaces) the number attribute `name` of the table or dataset at `path`, written
  // by this writer.
  void set_number(const std::string& path, const std::string& name, double value);
  // Sets the texts attribute `name` of the group at `path` (created if need be).
  void set_group_texts(const std::string& path, const std::string& name, const std::vector<std::string>& texts);
  // Makes what was written so far durable (a reader of a run that dies later still finds it).
  void flush();

  // Status "complete", close, rename the partial file to the final path (replacing an older one).
  void finish_complete();
  // Status "failed" (or "interrupted"), attribute `failure` = reason, close; stays partial.
  void finish_failed(const std::string& reason, bool interrupted);
  // A run stopped on request: status "interrupted", `failure` = reason and, when the run wrote
  // an output time whole, `last_output_time` = the last such time (d); close; stays partial.
  void finish_interrupted(const std::string& reason, double last_output_time);

  const std::string& final_path() const { return final_path_; }
  const std::string& partial_path() const { return partial_path_; }

 private:
  using Create = std::function<h5::Dataset(const h5::Group& root)>;
  // The open growing dataset at absolute `path`, made by `create` on first use.
  const h5::Dataset& growing(const std::string& path, const Create& create);
  void append_in_time(const std::string& group_path, const std::string& name,
                      const std::vector<hsize_t>& slice_dims, const std::vector<double>& values,
                      double time, const Create& create);
  void record_time(const std::string& group_path, const std::string& field_path, double time);
  void require_writing(const char* what) const;
  void close_file();

  std::string final_path_;
  std::string partial_path_;
  int nx_ = 0, ny_ = 0, nz_ = 0;
  std::vector<std::uint8_t> active_;  // per cell, from the grid
  h5::File file_;
  // Growing datasets stay open between appends so their chunk caches are reused.
  std::map<std::string, h5::Dataset> open_;
  bool finished_ = false;
};

}  // namespace gwp::results
