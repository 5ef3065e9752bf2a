// Integer table columns: counts and test statistics stored as 64-bit integers (h5py reads int64),
// read back as reals; a value that is not a whole number is refused rather than truncated.
#include <gtest/gtest.h>

#include <hdf5.h>

#include <stdexcept>

#include "result_fixture.hpp"
#include "results/h5/file.hpp"
#include "results/h5/table.hpp"

namespace gwp::results {
namespace {

h5::Table counts(std::vector<double> s) {
  h5::Table t{{{"point", h5::ColumnType::text, {}, {}}, {"s", h5::ColumnType::integer, {}, {}}}};
  for (double v : s) {
    t.columns[0].texts.push_back("MW-" + std::to_string(t.columns[0].texts.size() + 1));
    t.columns[1].reals.push_back(v);
  }
  return t;
}

TEST(H5IntegerColumns, StoredAsInt64AndReadAsReals) {
  const test::TempDir dir("gwp-h5-integer");
  const std::string path = dir.file("t.h5");
  {
    h5::File file = h5::File::create(path);
    const h5::Table rows = counts({-38.0, 0.0, 9007199254740992.0});  // 2^53, the largest exact
    const h5::Dataset table = h5::create_table(file.root(), "trends", rows, 8);
    h5::append_rows(table, rows);
    // A real column where the stored one is an integer column does not match.
    h5::Table reals = counts({1.0});
    reals.columns[1].type = h5::ColumnType::real;
    EXPECT_THROW(h5::append_rows(table, reals), std::invalid_argument);
    EXPECT_THROW(h5::append_rows(table, counts({1.5})), std::invalid_argument);
  }
  h5::File file = h5::File::open_read_only(path);
  const h5::Dataset dataset = file.root().open_dataset("trends");
  // The member's type in the file: a 64-bit signed integer.
  const hid_t type = H5Dget_type(dataset.id());
  const hid_t member = H5Tget_member_type(type, 1);
  EXPECT_EQ(H5Tget_class(member), H5T_INTEGER);
  EXPECT_EQ(H5Tget_size(member), 8u);
  EXPECT_EQ(H5Tget_sign(member), H5T_SGN_2);
  H5Tclose(member);
  H5Tclose(type);
  const h5::Table back = h5::read_table(dataset);
  EXPECT_EQ(back.column("s").type, h5::ColumnType::real);
  EXPECT_EQ(back.column("s").reals, (std::vector<double>{-38.0, 0.0, 9007199254740992.0}));
  EXPECT_EQ(back.column("point").texts, (std::vector<std::string>{"MW-1", "MW-2", "MW-3"}));
}

}  // namespace
}  // namespace gwp::results
