import { Button } from "../../../../addin/ui/components/Button";

// The components are TSX compiled through Preact's automatic runtime: jest runs them as the bundle does.
test("a button is a Fluent-style <button>, secondary and of type button by default, with its ARIA label", () => {
  const vnode = Button({ label: "Retirer le référent 2", children: "Retirer ce référent" });
  expect(vnode.type).toBe("button");
  expect(vnode.props).toMatchObject({ type: "button", class: "btn btn-secondary", "aria-label": "Retirer le référent 2", children: "Retirer ce référent" });
});

test("a primary submit button says so in its class and type", () => {
  const vnode = Button({ kind: "primary", type: "submit", children: "Déposer" });
  expect(vnode.props).toMatchObject({ type: "submit", class: "btn btn-primary", children: "Déposer" });
});
