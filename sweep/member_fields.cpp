#include "sweep/member_fields.hpp"

#include <filesystem>
#include <system_error>

#include "core/errors.hpp"
#include "results/h5/attribute.hpp"
#include "results/h5/copy.hpp"
#include "results/h5/file.hpp"

namespace gwp::sweep {

namespace fs = std::filesystem;
namespace h5 = results::h5;

bool is_member_field(const std::string& path) {
  const auto ends_with = [&](const std::string& tail) {
    return path.size() >= tail.size() && path.compare(path.size() - tail.size(), tail.size(), tail) == 0;
  };
  if (path.rfind("/properties/", 0) == 0) return true;
  if (path == "/flow/head" || path == "/flow/darcy_flux") return true;
  return path.rfind("/transport/", 0) == 0 && (ends_with("/concentration") || ends_with("/sorbed"));
}

void remove_member_fields(const std::string& result_path) {
  const std::string partial = result_path + ".metrics.partial";
  std::error_code error;
  try {
    h5::File source = h5::File::open_read_only(result_path);
    h5::File target = h5::File::create(partial);
    {
      const h5::Group from = source.root(), to = target.root();
      h5::copy_attributes(from, to);
      h5::set_text(to, kFieldsAttribute, kFieldsRemoved);
      h5::copy_tree(from, to, is_member_field);
    }
    target.close();
    source.close();
  } catch (...) {
    fs::remove(partial, error);
    throw;
  }
  fs::rename(partial, result_path, error);
  if (error) {
    fs::remove(partial, error);
    throw IoError("cannot replace " + result_path + " by its copy without fields: " + error.message());
  }
}

bool member_fields_removed(const std::string& result_path) {
  const h5::File file = h5::File::open_read_only(result_path);
  return h5::has_attribute(file.root(), kFieldsAttribute);
}

bool every_member_shed(const std::vector<MemberRecord>& records, const std::string& sweep_dir) {
  if (records.empty()) return false;
  for (const MemberRecord& r : records) {
    if (r.status != MemberRecord::Status::complete) return false;
    try {
      if (!member_fields_removed((fs::path(member_dir(sweep_dir, r.number)) / "result.h5").string())) return false;
    } catch (const std::exception&) {
      return false;  // unreadable: the collection says why
    }
  }
  return true;
}

ShedSizes shed_member_fields(const std::vector<MemberRecord>& records, const std::string& sweep_dir) {
  ShedSizes sizes;
  for (const MemberRecord& r : records) {
    if (r.status != MemberRecord::Status::complete) continue;
    const std::string path = (fs::path(member_dir(sweep_dir, r.number)) / "result.h5").string();
    sizes.before += fs::file_size(path);
    if (!member_fields_removed(path)) remove_member_fields(path);
    sizes.after += fs::file_size(path);
  }
  return sizes;
}

}  // namespace gwp::sweep
