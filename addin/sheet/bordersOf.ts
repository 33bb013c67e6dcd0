import type { BorderEdge } from "./CellFormat";
import type { Rectangle } from "./toRectangles";

/** The edges drawing a grid over a rectangle (inside lines only where it has several rows or columns). */
export function bordersOf(rectangle: Rectangle): BorderEdge[] {
  const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rectangle.bottom > rectangle.top) edges.push("InsideHorizontal");
  if (rectangle.right > rectangle.left) edges.push("InsideVertical");
  return edges;
}
