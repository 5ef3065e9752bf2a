// Writes a VTK dataset as a VTK XML file: binary appended data, zlib-compressed, so files stay
// small and every VTK and ParaView version since 5.x reads them. Failures are IoError naming
// the file.
#pragma once
#include <string>

class vtkPolyData;
class vtkUnstructuredGrid;

namespace gwp::exporting {

void write_vtu(const std::string& path, vtkUnstructuredGrid* grid);  // .vtu
void write_vtp(const std::string& path, vtkPolyData* polydata);      // .vtp

}  // namespace gwp::exporting
