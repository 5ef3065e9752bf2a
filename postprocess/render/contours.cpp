#include "postprocess/render/contours.hpp"

#include <vtkCellArray.h>
#include <vtkContourFilter.h>
#include <vtkDoubleArray.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkStripper.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace gwp::render {

std::vector<std::vector<Point>> contour_lines(const Grid& grid, const std::vector<double>& columns,
                                                  double level) {
  if (columns.size() != std::size_t(grid.column_count()))
    throw std::invalid_argument("contour_lines: " + std::to_string(columns.size()) + " values for " +
                                std::to_string(grid.column_count()) + " columns");
  // Column centres as points, the quads between four neighbouring centres as cells; vtkContourFilter
  // does marching squares on each quad. Quads touching a NaN column are left out.
  vtkNew<vtkPoints> points;
  points->SetDataTypeToDouble();  // map coordinates of 500 000 m and more lose centimetres in float
  vtkNew<vtkDoubleArray> values;
  values->SetName("v");
  for (int i = 0; i < grid.ny; ++i)
    for (int j = 0; j < grid.nx; ++j) {
      const auto w = grid.to_world(grid.x_centre(j), grid.y_centre(i));
      points->InsertNextPoint(w[0], w[1], 0.0);
      const double v = columns[std::size_t(i * grid.nx + j)];
      values->InsertNextValue(std::isnan(v) ? 0.0 : v);
    }
  vtkNew<vtkCellArray> quads;
  auto id = [&](int i, int j) { return vtkIdType(i * grid.nx + j); };
  auto valid = [&](int i, int j) { return !std::isnan(columns[std::size_t(i * grid.nx + j)]); };
  for (int i = 0; i + 1 < grid.ny; ++i)
    for (int j = 0; j + 1 < grid.nx; ++j) {
      if (!valid(i, j) || !valid(i, j + 1) || !valid(i + 1, j + 1) || !valid(i + 1, j)) continue;
      const vtkIdType q[4] = {id(i, j), id(i, j + 1), id(i + 1, j + 1), id(i + 1, j)};
      quads->InsertNextCell(4, q);
    }
  vtkNew<vtkPolyData> surface;
  surface->SetPoints(points);
  surface->SetPolys(quads);
  surface->GetPointData()->SetScalars(values);

  vtkNew<vtkContourFilter> contour;
  contour->SetInputData(surface);
  contour->SetValue(0, level);
  contour->SetOutputPointsPrecision(vtkAlgorithm::DOUBLE_PRECISION);
  vtkNew<vtkStripper> stripper;  // joins the per-quad segments into long polylines
  stripper->SetInputConnection(contour->GetOutputPort());
  stripper->JoinContiguousSegmentsOn();
  stripper->Update();

  vtkPolyData* lines = stripper->GetOutput();
  std::vector<std::vector<Point>> out;
  vtkCellArray* cells = lines->GetLines();
  cells->InitTraversal();
  vtkIdType n;
  const vtkIdType* ids;
  while (cells->GetNextCell(n, ids)) {
    std::vector<Point> line;
    for (vtkIdType p = 0; p < n; ++p) {
      double x[3];
      lines->GetPoint(ids[p], x);
      line.push_back({x[0], x[1]});
    }
    if (line.size() > 1) out.push_back(std::move(line));
  }
  return out;
}

}  // namespace gwp::render
