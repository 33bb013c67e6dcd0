import { useState } from "preact/hooks";
import { Button } from "./Button";
import { Dialog } from "./Dialog";

/** A question to confirm. */
export interface ConfirmRequest {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly danger?: boolean;
}

/** An in-pane confirmation: `confirm(request)` resolves true or false; render `dialog` somewhere in the view. */
export function useConfirm() {
  const [pending, setPending] = useState<{ request: ConfirmRequest; resolve: (answer: boolean) => void }>();
  const answer = (value: boolean) => {
    pending?.resolve(value);
    setPending(undefined);
  };
  const dialog = pending ? (
    <Dialog
      title={pending.request.title}
      role="alertdialog"
      onCancel={() => answer(false)}
      actions={[
        <Button key="ok" kind={pending.request.danger ? "danger" : "primary"} onClick={() => answer(true)}>
          {pending.request.confirmLabel}
        </Button>,
        <Button key="cancel" onClick={() => answer(false)}>
          Annuler
        </Button>,
      ]}
    >
      <p>{pending.request.message}</p>
    </Dialog>
  ) : null;
  const confirm = (request: ConfirmRequest) => new Promise<boolean>((resolve) => setPending({ request, resolve }));
  return { confirm, dialog };
}
