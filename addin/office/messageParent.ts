/// <reference types="office-js" />

/** Sends the sign-in dialog's outcome to the task pane that opened it. */
export function messageParent(message: { token: string } | { error: string }): void {
  Office.context.ui.messageParent(JSON.stringify(message));
}
