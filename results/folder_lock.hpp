// The output folder held by one process at a time: an advisory flock(2) on `<folder>/.gwplume.lock`,
// which names the holder (pid and host). The kernel releases it when the process ends, however it
// ends, so a run that was killed never blocks the next one. Taken before anything is written in the
// folder, and held until the last file is written.
#pragma once
#include <string>

#include "core/errors.hpp"

namespace gwp::results {

// The folder is held by another process (or by another lock of this one).
struct FolderInUse : IoError {
  using IoError::IoError;
};

class FolderLock {
 public:
  // Creates `folder` if needed, checks that files can be written in it and takes the lock.
  // Throws IoError naming the folder and the system's reason if it cannot be made or written,
  // FolderInUse naming the holder's pid and host if another process holds it.
  explicit FolderLock(const std::string& folder);
  ~FolderLock();
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;  // of the lock file
  int fd_ = -1;
};

// The lock file's name inside a folder.
inline constexpr const char* kLockFileName = ".gwplume.lock";

}  // namespace gwp::results
