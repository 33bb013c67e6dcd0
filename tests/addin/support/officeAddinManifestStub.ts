/**
 * Stand-in for `office-addin-manifest` under jest: office-addin-mock imports it only for the
 * `OfficeApp` host names, and the real package drags in a CLI and network code.
 */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
