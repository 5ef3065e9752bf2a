// Tables stored as a growing one-dimensional dataset of a compound type: one member per column,
// a row per element. Columns hold 64-bit floats, 64-bit integers (counts, test statistics) or
// variable-length UTF-8 text, which h5py reads as a structured array and HDFView shows as a table.
#pragma once
#include <string>
#include <vector>

#include "results/h5/object.hpp"

namespace gwp::results::h5 {

// An integer column keeps its values in `reals` (whole numbers, exact up to 2^53) and is stored
// as 64-bit integers; read back, it is a real column.
enum class ColumnType { real, text, integer };

struct TableColumn {
  std::string name;
  ColumnType type = ColumnType::real;
  std::vector<double> reals;       // the rows of a real or integer column
  std::vector<std::string> texts;  // the rows of a text column
  std::size_t rows() const { return type == ColumnType::text ? texts.size() : reals.size(); }
};

struct Table {
  std::vector<TableColumn> columns;
  // Rows of the table; every column must have as many.
  std::size_t rows() const { return columns.empty() ? 0 : columns.front().rows(); }
  // The column called `name`; throws std::out_of_range naming the columns there are.
  const TableColumn& column(const std::string& name) const;
};

// Creates an empty table with the columns (names and types) of `schema`; its rows are ignored.
Dataset create_table(const Group& parent, const std::string& name, const Table& schema,
                     hsize_t rows_per_chunk);
// Appends the rows of `rows`, whose columns must match the stored ones in name, order and type.
void append_rows(const Dataset& table, const Table& rows);
// Every row; integer columns are read as reals.
Table read_table(const Dataset& table);

}  // namespace gwp::results::h5
