#include "postprocess/export/vtk_xml_file.hpp"

#include <vtkNew.h>
#include <vtkPolyData.h>
#include <vtkUnstructuredGrid.h>
#include <vtkXMLPolyDataWriter.h>
#include <vtkXMLUnstructuredGridWriter.h>

#include "core/errors.hpp"

namespace gwp::exporting {

namespace {

template <class Writer, class Data>
void write_xml(const std::string& path, Data* data) {
  vtkNew<Writer> writer;
  writer->SetFileName(path.c_str());
  writer->SetInputData(data);
  writer->SetDataModeToAppended();
  writer->EncodeAppendedDataOff();  // raw binary, not base64: a quarter smaller and faster
  writer->SetCompressorTypeToZLib();
  if (writer->Write() != 1) throw IoError("could not write " + path);
}

}  // namespace

void write_vtu(const std::string& path, vtkUnstructuredGrid* grid) {
  write_xml<vtkXMLUnstructuredGridWriter>(path, grid);
}

void write_vtp(const std::string& path, vtkPolyData* polydata) {
  write_xml<vtkXMLPolyDataWriter>(path, polydata);
}

}  // namespace gwp::exporting
