// The RAII layer over the HDF5 C API: values written come back unchanged (storage is lossless
// IEEE double, so equality is exact), growing datasets are chunked and compressed as asked,
// tables keep their rows, and failures are IoErrors naming the file and the object.
#include <gtest/gtest.h>
#include <hdf5.h>

#include <cmath>
#include <cstdint>
#include <filesystem>

#include "core/errors.hpp"
#include "result_fixture.hpp"
#include "results/h5/attribute.hpp"
#include "results/h5/copy.hpp"
#include "results/h5/dataset.hpp"
#include "results/h5/file.hpp"
#include "results/h5/table.hpp"

namespace gwp::results {
namespace {

using h5::Handle;
using test::TempDir;

TEST(H5Layer, AttributesRoundTrip) {
  const TempDir dir("gwp-h5-attributes");
  const std::string path = dir.file("a.h5");
  {
    h5::File file = h5::File::create(path);
    const h5::Group root = file.root();
    h5::set_text(root, "name", "Guigang 贵港 north");
    h5::set_texts(root, "columns", {"time", "head"});
    h5::set_real(root, "rotation", 12.5);
    h5::set_reals(root, "origin", {500.0, -1200.25});
    h5::set_integer(root, "nx", 200);
    h5::set_text(root, "status", "interrupted");
    h5::set_text(root, "status", "complete");  // replaces, does not fail
  }
  h5::File file = h5::File::open_read_only(path);
  const h5::Group root = file.root();
  EXPECT_EQ(h5::get_text(root, "name"), "Guigang 贵港 north");
  EXPECT_EQ(h5::get_texts(root, "columns"), (std::vector<std::string>{"time", "head"}));
  EXPECT_EQ(h5::get_real(root, "rotation"), 12.5);
  EXPECT_EQ(h5::get_reals(root, "origin"), (std::vector<double>{500.0, -1200.25}));
  EXPECT_EQ(h5::get_real(root, "nx"), 200.0);  // an integer attribute read as a number
  EXPECT_EQ(h5::get_text(root, "status"), "complete");
  EXPECT_EQ(h5::attribute_kind(root, "nx"), h5::AttributeKind::number);
  EXPECT_EQ(h5::attribute_kind(root, "name"), h5::AttributeKind::text);
  EXPECT_EQ(h5::attribute_names(root),
            (std::vector<std::string>{"columns", "name", "nx", "origin", "rotation", "status"}));
  EXPECT_FALSE(h5::has_attribute(root, "units"));
  EXPECT_THROW(h5::get_text(root, "nx"), IoError);
  EXPECT_THROW(h5::get_real(root, "origin"), IoError);  // two numbers, one asked for
}

TEST(H5Layer, WholeArraysRoundTripInTheirTypes) {
  const TempDir dir("gwp-h5-arrays");
  const std::string path = dir.file("a.h5");
  const std::vector<double> reals{0.5, -1.25, 3e-12, 1e30, 7.0, 8.0};
  const std::vector<int> integers{1, -2, 3, 4, 5, 6};
  const std::vector<std::uint8_t> flags{1, 0, 1, 1, 0, 1};
  {
    h5::File file = h5::File::create(path);
    const h5::Group group = file.root().require_group("a/b");
    h5::write_array(group, "reals", {2, 3}, reals);
    h5::write_array(group, "integers", {3, 2}, integers);
    const h5::Dataset stored_flags = h5::write_array(group, "flags", {1, 2, 3}, flags);
    Handle type(H5Dget_type(stored_flags.id()), H5Tclose);
    EXPECT_GT(H5Tequal(type.get(), H5T_NATIVE_UINT8), 0) << "flags must be stored as uint8";
    h5::write_texts(group, "names", {"clay cap", "upper aquifer"});
    EXPECT_THROW(h5::write_array(group, "short", {4}, reals), std::invalid_argument);
  }
  h5::File file = h5::File::open_read_only(path);
  const h5::Group root = file.root();
  const h5::Array read_reals = h5::read_array(root.open_dataset("/a/b/reals"));
  EXPECT_EQ(read_reals.dims, (std::vector<hsize_t>{2, 3}));
  EXPECT_EQ(read_reals.values, reals);
  const h5::Array read_integers = h5::read_array(root.open_dataset("a/b/integers"));
  EXPECT_EQ(read_integers.dims, (std::vector<hsize_t>{3, 2}));
  EXPECT_EQ(read_integers.values, std::vector<double>(integers.begin(), integers.end()));
  const h5::Array read_flags = h5::read_array(root.open_dataset("a/b/flags"));
  EXPECT_EQ(read_flags.dims, (std::vector<hsize_t>{1, 2, 3}));
  EXPECT_EQ(read_flags.values, std::vector<double>(flags.begin(), flags.end()));
  EXPECT_EQ(h5::read_texts(root.open_dataset("a/b/names")),
            (std::vector<std::string>{"clay cap", "upper aquifer"}));
  EXPECT_THROW(h5::read_array(root.open_dataset("a/b/names")), IoError);
}

TEST(H5Layer, GrowingDatasetIsChunkedBySliceAndCompressed) {
  const TempDir dir("gwp-h5-growing");
  const std::string path = dir.file("g.h5");
  const std::vector<hsize_t> slice{2, 3, 40};  // 240 values a slice
  auto field = [](int t) {
    std::vector<double> v;
    for (int n = 0; n < 240; ++n) v.push_back(40.0 + 0.01 * n + t);
    return v;
  };
  {
    h5::File file = h5::File::create(path);
    const h5::Dataset growing = h5::create_growing(file.root(), "head", slice, {1, 4, -1e30});
    EXPECT_EQ(growing.dims(), (std::vector<hsize_t>{0, 2, 3, 40}));
    for (int t = 0; t < 3; ++t) h5::append_slice(growing, field(t));
    EXPECT_THROW(h5::append_slice(growing, std::vector<double>(239, 0.0)), std::invalid_argument);

    Handle creation(H5Dget_create_plist(growing.id()), H5Pclose);
    hsize_t chunk[4] = {0, 0, 0, 0};
    ASSERT_EQ(H5Pget_chunk(creation.get(), 4, chunk), 4);
    EXPECT_EQ(std::vector<hsize_t>(chunk, chunk + 4), (std::vector<hsize_t>{1, 2, 3, 40}));
    ASSERT_EQ(H5Pget_nfilters(creation.get()), 2);
    unsigned flags = 0, level = 0;
    std::size_t count = 1;
    char name[32];
    EXPECT_EQ(H5Pget_filter2(creation.get(), 0, &flags, &count, &level, sizeof name, name, nullptr),
              H5Z_FILTER_SHUFFLE);
    count = 1;
    EXPECT_EQ(H5Pget_filter2(creation.get(), 1, &flags, &count, &level, sizeof name, name, nullptr),
              H5Z_FILTER_DEFLATE);
    EXPECT_EQ(level, 4u);
    file.flush();
    // A smooth field compresses: the stored bytes must be fewer than the raw 3 x 240 doubles.
    EXPECT_LT(H5Dget_storage_size(growing.id()), 3u * 240u * sizeof(double));
  }
  h5::File file = h5::File::open_read_only(path);
  const h5::Dataset head = file.root().open_dataset("head");
  EXPECT_EQ(head.dims(), (std::vector<hsize_t>{3, 2, 3, 40}));
  for (int t = 0; t < 3; ++t) {
    const h5::Array slice_t = h5::read_slice(head, hsize_t(t));
    EXPECT_EQ(slice_t.dims, slice);
    EXPECT_EQ(slice_t.values, field(t)) << "slice " << t;
  }
  EXPECT_THROW(h5::read_slice(head, 3), std::out_of_range);
}

h5::Table budget_rows(double time, const std::vector<std::string>& terms) {
  h5::Table table{{{"time", h5::ColumnType::real, {}, {}},
                   {"term", h5::ColumnType::text, {}, {}},
                   {"inflow", h5::ColumnType::real, {}, {}}}};
  for (std::size_t r = 0; r < terms.size(); ++r) {
    table.columns[0].reals.push_back(time);
    table.columns[1].texts.push_back(terms[r]);
    table.columns[2].reals.push_back(double(r) + 0.5);
  }
  return table;
}

TEST(H5Layer, TableRowsAppendAndReadBack) {
  const TempDir dir("gwp-h5-table");
  const std::string path = dir.file("t.h5");
  {
    h5::File file = h5::File::create(path);
    const h5::Table first = budget_rows(0.0, {"head:west", "river:郁江"});
    const h5::Dataset table = h5::create_table(file.root(), "budget", first, 16);
    h5::append_rows(table, first);
    h5::append_rows(table, budget_rows(10.0, {"head:west", "river:郁江", "well:PW-1"}));
    h5::Table wrong = first;
    wrong.columns[2].name = "outflow";
    EXPECT_THROW(h5::append_rows(table, wrong), std::invalid_argument);
  }
  h5::File file = h5::File::open_read_only(path);
  const h5::Table table = h5::read_table(file.root().open_dataset("budget"));
  ASSERT_EQ(table.rows(), 5u);
  EXPECT_EQ(table.column("time").reals, (std::vector<double>{0, 0, 10, 10, 10}));
  EXPECT_EQ(table.column("term").texts,
            (std::vector<std::string>{"head:west", "river:郁江", "head:west", "river:郁江",
                                      "well:PW-1"}));
  EXPECT_EQ(table.column("inflow").reals, (std::vector<double>{0.5, 1.5, 0.5, 1.5, 2.5}));
  EXPECT_THROW(table.column("outflow"), std::out_of_range);
}

TEST(H5Layer, GroupsAreFoundListedAndCreatedWithParents) {
  const TempDir dir("gwp-h5-groups");
  h5::File file = h5::File::create(dir.file("g.h5"));
  const h5::Group root = file.root();
  EXPECT_FALSE(root.contains("monitoring/MW-2"));
  const h5::Group well = root.require_group("monitoring/MW-2");
  EXPECT_EQ(well.path(), "/monitoring/MW-2");
  h5::write_array(well, "head", {1}, std::vector<double>{1.0});
  root.require_group("monitoring/MW-1");
  EXPECT_TRUE(root.contains("/monitoring/MW-2/head"));
  EXPECT_FALSE(root.contains("/monitoring/MW-3/head"));
  const std::vector<h5::Child> children = root.open_group("monitoring").children();
  ASSERT_EQ(children.size(), 2u);
  EXPECT_EQ(children[0].name, "MW-1");
  EXPECT_EQ(children[0].kind, h5::ObjectKind::group);
  EXPECT_EQ(root.kind_of("monitoring/MW-2/head"), h5::ObjectKind::dataset);
}

TEST(H5Layer, MissingFileIsIoErrorNamingItWithoutLibraryPrinting) {
  const TempDir dir("gwp-h5-missing");
  const std::string path = dir.file("absent.h5");
  testing::internal::CaptureStderr();
  try {
    h5::File::open_read_only(path);
    ADD_FAILURE() << "opening a missing file must throw";
  } catch (const IoError& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "") << "the library printed its error stack";
}

TEST(H5Layer, MissingObjectIsIoErrorNamingFileAndPath) {
  const TempDir dir("gwp-h5-missing-object");
  const std::string path = dir.file("o.h5");
  h5::File file = h5::File::create(path);
  try {
    file.root().open_dataset("/flow/head");
    ADD_FAILURE() << "opening a missing dataset must throw";
  } catch (const IoError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("/flow/head"), std::string::npos) << message;
    EXPECT_NE(message.find(path), std::string::npos) << message;
  }
}

TEST(H5Layer, CloseWithAnObjectOpenFails) {
  // The "semi" close degree: a forgotten open dataset is reported instead of delaying the close.
  const TempDir dir("gwp-h5-close");
  h5::File file = h5::File::create(dir.file("c.h5"));
  const h5::Dataset kept = h5::write_array(file.root(), "x", {1}, std::vector<double>{1.0});
  EXPECT_THROW(file.close(), IoError);
}

// A copy that leaves some datasets out keeps everything else as it was: the attributes of
// every object (text, texts, numbers), groups, arrays and tables, and the file is smaller.
TEST(H5Layer, CopyTreeLeavesOutWhatItIsToldAndKeepsTheRest) {
  const TempDir dir("gwp-h5-copy");
  const std::string from_path = dir.file("from.h5"), to_path = dir.file("to.h5");
  std::vector<double> big(200000);
  for (std::size_t i = 0; i < big.size(); ++i) big[i] = std::sin(double(i));  // does not compress away
  {
    h5::File file = h5::File::create(from_path);
    const h5::Group root = file.root();
    h5::set_text(root, "status", "complete");
    h5::set_texts(root, "names", {"NH₃-N", "氨氮"});
    const h5::Group species = root.require_group("transport/ammonia_n");
    h5::set_real(species, "limit", 0.5);
    h5::set_integer(species, "members", 7);
    const h5::Dataset field = h5::write_array(species, "concentration", {2, 100000}, big);
    h5::set_text(field, "units", "mg/L");
    const h5::Dataset mass = h5::write_array(species, "dissolved_mass", {3}, std::vector<double>{1.0, 2.5, -4.0});
    h5::set_text(mass, "units", "g");
    h5::Table t{{{"time", h5::ColumnType::real, {}, {}}, {"term", h5::ColumnType::text, {}, {}}}};
    t.columns[0].reals = {1.0, 2.0};
    t.columns[1].texts = {"river", "井"};
    h5::append_rows(h5::create_table(root.require_group("metrics"), "summary", t, 16), t);
  }
  {
    h5::File from = h5::File::open_read_only(from_path);
    h5::File to = h5::File::create(to_path);
    {
      const h5::Group a = from.root(), b = to.root();
      h5::copy_attributes(a, b);
      h5::copy_tree(a, b, [](const std::string& path) { return path == "/transport/ammonia_n/concentration"; });
    }
    to.close();
  }
  h5::File file = h5::File::open_read_only(to_path);
  const h5::Group root = file.root();
  EXPECT_EQ(h5::get_text(root, "status"), "complete");
  EXPECT_EQ(h5::get_texts(root, "names"), (std::vector<std::string>{"NH₃-N", "氨氮"}));
  EXPECT_FALSE(root.contains("transport/ammonia_n/concentration"));
  const h5::Group species = root.open_group("transport/ammonia_n");
  EXPECT_EQ(h5::get_real(species, "limit"), 0.5);
  EXPECT_EQ(h5::get_real(species, "members"), 7.0);
  const h5::Dataset mass = species.open_dataset("dissolved_mass");
  EXPECT_EQ(h5::read_array(mass).values, (std::vector<double>{1.0, 2.5, -4.0}));
  EXPECT_EQ(h5::get_text(mass, "units"), "g");
  const h5::Table t = h5::read_table(root.open_dataset("metrics/summary"));
  EXPECT_EQ(t.columns[1].texts, (std::vector<std::string>{"river", "井"}));
  EXPECT_LT(std::filesystem::file_size(to_path) * 10, std::filesystem::file_size(from_path))
      << "the left-out field's bytes are not in the copy";
}

}  // namespace
}  // namespace gwp::results
