#include "app/sweep_source.hpp"

#include <exception>
#include <filesystem>

#include "sweep/member_record.hpp"

namespace gwp::app {

namespace {

// The start date of the first member's result that has one; members are numbered from 1.
std::optional<Date> member_start_date(const std::string& sweep_path, const results::ResultReader& reader) {
  if (!reader.exists("/members")) return std::nullopt;
  const std::string dir = std::filesystem::path(sweep_path).parent_path().string();
  const results::h5::Table members = reader.read_table("/members");
  try {
    const auto& numbers = members.column("member").reals;
    const auto& status = members.column("status").texts;
    for (std::size_t m = 0; m < numbers.size() && m < status.size(); ++m) {
      if (status[m] != "complete") continue;
      const std::string path =
          (std::filesystem::path(sweep::member_dir(dir.empty() ? "." : dir, std::size_t(numbers[m]))) / "result.h5")
              .string();
      if (!std::filesystem::is_regular_file(path)) continue;
      return results::ResultReader(path).start_date();  // one member says it for all: one base case
    }
  } catch (const std::exception&) {
    // A members table of another shape, or a member unreadable: no dates, times in days.
  }
  return std::nullopt;
}

}  // namespace

results::SweepScene read_sweep_source(const results::ResultReader& reader) {
  results::SweepScene scene = results::read_sweep_scene(reader);
  if (!scene.start_date) scene.start_date = member_start_date(reader.path(), reader);
  return scene;
}

}  // namespace gwp::app
