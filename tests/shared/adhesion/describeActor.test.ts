import { describeActor } from "../../../shared/adhesion/describeActor";

describe("describeActor", () => {
  test("the role, never the account identifier", () => {
    expect(describeActor("commune:commune-21003")).toBe("par la commune");
    expect(describeActor("staff:staff-dev")).toBe("par le service commun");
    expect(describeActor("finance:3f2a")).toBe("par la direction des finances");
  });

  test("several roles: the service's before the commune's; nothing for an unknown label", () => {
    expect(describeActor("commune+staff:x")).toBe("par le service commun");
    expect(describeActor("système")).toBe("");
  });
});
