#include "sweep/member_record.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/csv_fields.hpp"
#include "core/errors.hpp"
#include "core/text_file.hpp"

namespace gwp::sweep {

namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string overrides_text(const Member& member) {
  std::string text;
  for (const std::string& o : member.overrides) text += o + "\n";
  return text;
}

}  // namespace

std::string to_string(MemberRecord::Status status) {
  switch (status) {
    case MemberRecord::Status::not_run: return "not run";
    case MemberRecord::Status::complete: return "complete";
    case MemberRecord::Status::failed: return "failed";
  }
  return "?";
}

std::string member_dir(const std::string& sweep_dir, std::size_t number) {
  char name[32];
  std::snprintf(name, sizeof name, "%04zu", number);
  return (fs::path(sweep_dir) / "members" / name).string();
}

void write_overrides(const std::string& dir, const Member& member) {
  fs::create_directories(dir);
  write_text_whole(fs::path(dir) / "overrides.txt", overrides_text(member));
  fs::remove(fs::path(dir) / "status.txt");
}

void write_status(const std::string& dir, const MemberRecord& record) {
  char times[64];
  std::snprintf(times, sizeof times, "%.3f\n%.3f", record.wall_seconds, record.cpu_seconds);
  write_text_whole(fs::path(dir) / "status.txt", to_string(record.status) + "\n" + std::to_string(record.exit_code) + "\n" +
                                                times + "\n" + record.reason + "\n");
}

std::optional<MemberRecord> previous_record(const std::string& dir, const Member& member) {
  const fs::path d(dir);
  if (!fs::exists(d / "overrides.txt") || !fs::exists(d / "status.txt")) return std::nullopt;
  if (read_text(d / "overrides.txt") != overrides_text(member)) return std::nullopt;
  std::istringstream in(read_text(d / "status.txt"));
  std::string status, code, wall, cpu;
  MemberRecord r;
  r.number = member.number;
  r.values = member.values;
  if (!std::getline(in, status) || !std::getline(in, code) || !std::getline(in, wall) || !std::getline(in, cpu))
    return std::nullopt;
  std::getline(in, r.reason);
  if (status == "complete") r.status = MemberRecord::Status::complete;
  else if (status == "failed") r.status = MemberRecord::Status::failed;
  else return std::nullopt;
  try {
    r.exit_code = std::stoi(code);
    r.wall_seconds = std::stod(wall);
    r.cpu_seconds = std::stod(cpu);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  if (r.status == MemberRecord::Status::complete && !fs::exists(d / "result.h5")) return std::nullopt;
  return r;
}

void write_members_csv(const std::string& path, const std::vector<std::string>& keys,
                       const std::vector<MemberRecord>& records) {
  std::string text = "member";
  for (const std::string& k : keys) text += "," + csv_quoted(k);
  text += ",status,exit_code,wall_time_s,cpu_time_s,reason\n";
  for (const MemberRecord& r : records) {
    text += std::to_string(r.number);
    for (const std::string& v : r.values) text += "," + csv_quoted(v);
    char times[64];
    std::snprintf(times, sizeof times, "%.2f,%.2f", r.wall_seconds, r.cpu_seconds);
    const bool run = r.status != MemberRecord::Status::not_run;
    text += "," + csv_quoted(to_string(r.status)) + "," + (run ? std::to_string(r.exit_code) : "") + "," +
            (run ? times : ",") + "," + csv_quoted(r.reason) + "\n";
  }
  fs::create_directories(fs::path(path).parent_path());
  write_text_whole(path, text);
}

}  // namespace gwp::sweep
