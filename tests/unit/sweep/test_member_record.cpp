// What a sweep remembers of its members: a member run with the same values is known again, one
// run with other values or never finished is not, and a failure's reason is gwplume's own line.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "sweep/local_runner.hpp"
#include "sweep/member_record.hpp"

namespace gwp::sweep {
namespace {

namespace fs = std::filesystem;

TEST(MemberRecord, KnownAgainOnlyWithTheSameValuesAndAResult) {
  const fs::path root = fs::temp_directory_path() / ("gwp-members-" + std::to_string(::getpid()));
  fs::remove_all(root);
  const std::string dir = member_dir(root.string(), 7);
  EXPECT_EQ(fs::path(dir).filename(), "0007");
  Member m{7, {"30 m/d"}, {"properties.kh=30 m/d"}};
  write_overrides(dir, m);
  EXPECT_FALSE(previous_record(dir, m)) << "started, never ended";
  MemberRecord r{7, m.values, MemberRecord::Status::complete, 0, 12.5, 11.25, ""};
  write_status(dir, r);
  EXPECT_FALSE(previous_record(dir, m)) << "complete without its result.h5";
  std::ofstream(fs::path(dir) / "result.h5") << "x";
  const auto again = previous_record(dir, m);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, MemberRecord::Status::complete);
  EXPECT_DOUBLE_EQ(again->wall_seconds, 12.5);
  EXPECT_DOUBLE_EQ(again->cpu_seconds, 11.25);
  Member other = m;
  other.overrides = {"properties.kh=31 m/d"};
  EXPECT_FALSE(previous_record(dir, other)) << "other values";
  MemberRecord failed{7, m.values, MemberRecord::Status::failed, 1, 3.0, 2.5, "model failure: no convergence"};
  write_status(dir, failed);
  const auto f = previous_record(dir, m);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->exit_code, 1);
  EXPECT_EQ(f->reason, "model failure: no convergence");
  write_members_csv((root / "members.csv").string(), {"properties.kh"}, {failed});
  std::ifstream csv(root / "members.csv");
  std::string header, row;
  std::getline(csv, header);
  std::getline(csv, row);
  EXPECT_EQ(header, "member,properties.kh,status,exit_code,wall_time_s,cpu_time_s,reason");
  EXPECT_EQ(row, "7,30 m/d,failed,1,3.00,2.50,model failure: no convergence");
  fs::remove_all(root);
}

TEST(MemberRecord, TheReasonIsGwplumesOwnFailureLine) {
  const fs::path log = fs::temp_directory_path() / ("gwp-run-log-" + std::to_string(::getpid()));
  std::ofstream(log) << "  10 %  t = 100 d\nthe incomplete result was left at x.partial (status failed)\n"
                        "model failure: flow did not converge at t = 0 d\n\n";
  EXPECT_EQ(failure_reason(log.string()), "model failure: flow did not converge at t = 0 d");
  std::ofstream(log) << "progress\nsomething else at the end\n";
  EXPECT_EQ(failure_reason(log.string()), "something else at the end");
  fs::remove(log);
}

}  // namespace
}  // namespace gwp::sweep
