import type { ApiDownload } from "../api/createApiClient";

/** Offers a file to the user through a download link (the task pane's browser saves it). */
export function saveFile(file: ApiDownload): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.filename;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
