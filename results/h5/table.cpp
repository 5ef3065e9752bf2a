#include "results/h5/table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "core/errors.hpp"
#include "results/h5/types.hpp"

namespace gwp::results::h5 {

const TableColumn& Table::column(const std::string& name) const {
  for (const TableColumn& c : columns) {
    if (c.name == name) return c;
  }
  std::string known;
  for (const TableColumn& c : columns) known += (known.empty() ? "" : ", ") + c.name;
  throw std::out_of_range("no column '" + name + "' in a table with columns " + known);
}

namespace {

// In memory every column takes one slot, wide enough for a double or a string pointer, so a row
// is a plain array of slots.
constexpr std::size_t kSlot = std::max(sizeof(double), sizeof(char*));

Handle memory_type(const Table& schema, const Where& where) {
  Handle type(
      check_id(H5Tcreate(H5T_COMPOUND, kSlot * std::max<std::size_t>(1, schema.columns.size())),
               where, "describe the columns of"),
      H5Tclose);
  const Handle text = make_text_type(where);
  for (std::size_t c = 0; c < schema.columns.size(); ++c) {
    const TableColumn& column = schema.columns[c];
    const hid_t member = column.type == ColumnType::real      ? H5T_NATIVE_DOUBLE
                         : column.type == ColumnType::integer ? H5T_NATIVE_INT64
                                                              : text.get();
    check_status(H5Tinsert(type.get(), column.name.c_str(), c * kSlot, member), where,
                 "describe column '" + column.name + "' of");
  }
  return type;
}

// Names and types of the stored columns, with no rows (integer columns as stored: appended rows
// must match them).
Table stored_schema(const Dataset& table) {
  const Where& where = table.where();
  Handle type(check_id(H5Dget_type(table.id()), where, "read the type of"), H5Tclose);
  if (H5Tget_class(type.get()) != H5T_COMPOUND) {
    throw IoError("dataset " + table.path() + " in " + where.file + " is not a table");
  }
  const int members = check_id(H5Tget_nmembers(type.get()), where, "read the columns of");
  Table schema;
  for (int m = 0; m < members; ++m) {
    char* raw_name = H5Tget_member_name(type.get(), unsigned(m));
    if (raw_name == nullptr) fail(where, "read the columns of");
    TableColumn column;
    column.name = raw_name;
    H5free_memory(raw_name);
    switch (H5Tget_member_class(type.get(), unsigned(m))) {
      case H5T_FLOAT:
        column.type = ColumnType::real;
        break;
      case H5T_INTEGER:
        column.type = ColumnType::integer;
        break;
      case H5T_STRING: {
        Handle member(
            check_id(H5Tget_member_type(type.get(), unsigned(m)), where, "read the columns of"),
            H5Tclose);
        if (H5Tis_variable_str(member.get()) <= 0) {
          throw IoError("column '" + column.name + "' of " + table.path() + " in " + where.file +
                        " holds fixed-length strings; only variable-length text is read");
        }
        column.type = ColumnType::text;
        break;
      }
      default:
        throw IoError("column '" + column.name + "' of " + table.path() + " in " + where.file +
                      " is neither a number nor text");
    }
    schema.columns.push_back(std::move(column));
  }
  return schema;
}

void require_rectangular(const Table& rows, const std::string& path) {
  for (const TableColumn& column : rows.columns) {
    if (column.rows() != rows.rows()) {
      throw std::invalid_argument(
          "table " + path + ": column '" + column.name + "' has " + std::to_string(column.rows()) +
          " rows, column '" + rows.columns.front().name + "' has " + std::to_string(rows.rows()));
    }
  }
}

std::string describe_columns(const Table& table) {
  std::string text;
  for (const TableColumn& c : table.columns) {
    text += (text.empty() ? "" : ", ") + c.name +
            (c.type == ColumnType::real ? " (real)" : c.type == ColumnType::integer ? " (integer)" : " (text)");
  }
  return text;
}

}  // namespace

Dataset create_table(const Group& parent, const std::string& name, const Table& schema,
                     hsize_t rows_per_chunk) {
  const Where where = parent.below(name);
  if (schema.columns.empty() || rows_per_chunk == 0) {
    throw std::invalid_argument("table " + where.object +
                                " needs columns and a positive chunk size");
  }
  const Handle type = memory_type(schema, where);
  const hsize_t dims = 0, max_dims = H5S_UNLIMITED;
  Handle space(check_id(H5Screate_simple(1, &dims, &max_dims), where, "describe the extent of"),
               H5Sclose);
  Handle creation(check_id(H5Pcreate(H5P_DATASET_CREATE), where, "create table"), H5Pclose);
  check_status(H5Pset_chunk(creation.get(), 1, &rows_per_chunk), where, "set the chunks of");
  return Dataset(Handle(check_id(H5Dcreate2(parent.id(), name.c_str(), type.get(), space.get(),
                                            H5P_DEFAULT, creation.get(), H5P_DEFAULT),
                                 where, "create table"),
                        H5Dclose),
                 where);
}

void append_rows(const Dataset& table, const Table& rows) {
  require_rectangular(rows, table.path());
  const Table stored = stored_schema(table);
  const bool same = stored.columns.size() == rows.columns.size() &&
                    std::equal(stored.columns.begin(), stored.columns.end(), rows.columns.begin(),
                               [](const TableColumn& a, const TableColumn& b) {
                                 return a.name == b.name && a.type == b.type;
                               });
  if (!same) {
    throw std::invalid_argument("table " + table.path() + " has columns " +
                                describe_columns(stored) + "; rows with columns " +
                                describe_columns(rows) + " were given");
  }
  const hsize_t count = rows.rows();
  if (count == 0) return;

  const std::size_t width = rows.columns.size();
  std::vector<unsigned char> buffer(count * width * kSlot, 0);
  for (std::size_t c = 0; c < width; ++c) {
    const TableColumn& column = rows.columns[c];
    for (hsize_t r = 0; r < count; ++r) {
      unsigned char* slot = buffer.data() + (r * width + c) * kSlot;
      if (column.type == ColumnType::real) {
        std::memcpy(slot, &column.reals[r], sizeof(double));
      } else if (column.type == ColumnType::integer) {
        if (!(std::abs(column.reals[r]) <= 9007199254740992.0) || column.reals[r] != std::trunc(column.reals[r])) {
          throw std::invalid_argument("table " + table.path() + ": column '" + column.name + "' row " +
                                      std::to_string(r + 1) + " holds " + std::to_string(column.reals[r]) +
                                      ", not a whole number");
        }
        const std::int64_t whole = std::int64_t(column.reals[r]);
        std::memcpy(slot, &whole, sizeof(whole));
      } else {
        const char* text = column.texts[r].c_str();
        std::memcpy(slot, &text, sizeof(text));
      }
    }
  }

  const Where& where = table.where();
  const hsize_t start = table.dims().at(0), grown = start + count;
  check_status(H5Dset_extent(table.id(), &grown), where, "extend table");
  Handle file_space(check_id(H5Dget_space(table.id()), where, "extend table"), H5Sclose);
  check_status(
      H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, &start, nullptr, &count, nullptr),
      where, "select rows of");
  Handle memory_space(check_id(H5Screate_simple(1, &count, nullptr), where, "append rows to table"),
                      H5Sclose);
  const Handle type = memory_type(rows, where);
  check_status(H5Dwrite(table.id(), type.get(), memory_space.get(), file_space.get(), H5P_DEFAULT,
                        buffer.data()),
               where, "append rows to table");
}

Table read_table(const Dataset& table) {
  Table result = stored_schema(table);
  const hsize_t count = table.dims().at(0);
  const std::size_t width = result.columns.size();
  if (count == 0 || width == 0) return result;

  const Where& where = table.where();
  const Handle type = memory_type(result, where);
  Handle space(check_id(H5Dget_space(table.id()), where, "read table"), H5Sclose);
  std::vector<unsigned char> buffer(count * width * kSlot, 0);
  check_status(H5Dread(table.id(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data()), where,
               "read table");
  for (std::size_t c = 0; c < width; ++c) {
    TableColumn& column = result.columns[c];
    for (hsize_t r = 0; r < count; ++r) {
      const unsigned char* slot = buffer.data() + (r * width + c) * kSlot;
      if (column.type == ColumnType::real) {
        double value = 0.0;
        std::memcpy(&value, slot, sizeof(double));
        column.reals.push_back(value);
      } else if (column.type == ColumnType::integer) {
        std::int64_t value = 0;
        std::memcpy(&value, slot, sizeof(value));
        column.reals.push_back(double(value));
      } else {
        const char* text = nullptr;
        std::memcpy(&text, slot, sizeof(text));
        column.texts.emplace_back(text != nullptr ? text : "");
      }
    }
  }
  // The library allocated the strings of text columns; give them back.
  check_status(H5Dvlen_reclaim(type.get(), space.get(), H5P_DEFAULT, buffer.data()), where,
               "read table");
  // Readers take every number as a real.
  for (TableColumn& column : result.columns)
    if (column.type == ColumnType::integer) column.type = ColumnType::real;
  return result;
}

}  // namespace gwp::results::h5
