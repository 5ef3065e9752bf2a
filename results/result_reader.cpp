#include "results/result_reader.hpp"

#include "core/errors.hpp"
#include "results/h5/attribute.hpp"

namespace gwp::results {

ResultReader::ResultReader(const std::string& path) : file_(h5::File::open_read_only(path)) {}

bool ResultReader::exists(const std::string& path) const { return file_.root().contains(path); }

std::vector<h5::Child> ResultReader::list(const std::string& path) const {
  return file_.root().open_group(path).children();
}

bool ResultReader::has_attribute(const std::string& object_path, const std::string& name) const {
  return h5::has_attribute(file_.root().open_object(object_path), name);
}

std::vector<std::string> ResultReader::attribute_names(const std::string& object_path) const {
  return h5::attribute_names(file_.root().open_object(object_path));
}

std::string ResultReader::text_attribute(const std::string& object_path,
                                         const std::string& name) const {
  return h5::get_text(file_.root().open_object(object_path), name);
}

std::vector<std::string> ResultReader::texts_attribute(const std::string& object_path,
                                                       const std::string& name) const {
  return h5::get_texts(file_.root().open_object(object_path), name);
}

double ResultReader::number_attribute(const std::string& object_path,
                                      const std::string& name) const {
  return h5::get_real(file_.root().open_object(object_path), name);
}

std::vector<double> ResultReader::numbers_attribute(const std::string& object_path,
                                                    const std::string& name) const {
  return h5::get_reals(file_.root().open_object(object_path), name);
}

std::vector<std::size_t> ResultReader::dims(const std::string& path) const {
  const std::vector<hsize_t> extent = file_.root().open_dataset(path).dims();
  return std::vector<std::size_t>(extent.begin(), extent.end());
}

h5::Array ResultReader::read(const std::string& path) const {
  return h5::read_array(file_.root().open_dataset(path));
}

h5::Array ResultReader::read_slice(const std::string& path, std::size_t index) const {
  return h5::read_slice(file_.root().open_dataset(path), hsize_t(index));
}

std::vector<std::string> ResultReader::read_texts(const std::string& path) const {
  return h5::read_texts(file_.root().open_dataset(path));
}

h5::Table ResultReader::read_table(const std::string& path) const {
  return h5::read_table(file_.root().open_dataset(path));
}

namespace {

// Column `name` of `table`, which must hold `type`; a file that breaks the layout is an IoError.
const h5::TableColumn& column_of(const h5::Table& table, const std::string& name,
                                 h5::ColumnType type, const std::string& where) {
  for (const h5::TableColumn& column : table.columns) {
    if (column.name != name) continue;
    if (column.type != type) {
      throw IoError(where + ": column '" + name + "' should hold " +
                    (type == h5::ColumnType::real ? "numbers" : "text"));
    }
    return column;
  }
  throw IoError(where + ": no column '" + name + "'");
}

}  // namespace

std::vector<FlowBudgetRow> ResultReader::flow_budget() const {
  const h5::Table table = read_table("/flow/budget");
  const std::string where = "/flow/budget in " + path();
  const h5::TableColumn& time = column_of(table, "time", h5::ColumnType::real, where);
  const h5::TableColumn& term = column_of(table, "term", h5::ColumnType::text, where);
  const h5::TableColumn& kind = column_of(table, "kind", h5::ColumnType::text, where);
  const h5::TableColumn& inflow = column_of(table, "inflow", h5::ColumnType::real, where);
  const h5::TableColumn& outflow = column_of(table, "outflow", h5::ColumnType::real, where);
  std::vector<FlowBudgetRow> rows(table.rows());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    rows[r] = {term.texts.at(r), kind.texts.at(r), inflow.reals.at(r), outflow.reals.at(r), time.reals.at(r)};
  }
  return rows;
}

std::optional<Date> ResultReader::start_date() const {
  if (!has_attribute("/", "start_date")) return std::nullopt;
  return parse_date(text_attribute("/", "start_date"));
}

}  // namespace gwp::results
