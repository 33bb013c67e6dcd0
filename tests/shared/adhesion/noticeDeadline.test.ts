import { noticeDeadline } from "../../../shared/adhesion/noticeDeadline";

describe("noticeDeadline: 3 months later, the same day or the month's last day", () => {
  test.each([
    ["2025-03-01", "2025-06-01"],
    ["2025-03-31", "2025-06-30"],
    ["2025-11-30", "2026-02-28"],
    ["2023-11-30", "2024-02-29"],
    ["2025-10-15", "2026-01-15"],
  ])("a notice served on %s ends on %s", (date, deadline) => {
    expect(noticeDeadline(date)).toBe(deadline);
  });
});
