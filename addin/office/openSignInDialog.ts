/// <reference types="office-js" />

/** Dialog API error when the user closes the dialog. */
const DIALOG_CLOSED = 12006;

/**
 * Opens the sign-in page in an Office dialog and resolves to the token it sends back with
 * `messageParent` (`{ "token": … }` or `{ "error": … }`); rejects in French when it is closed or fails.
 */
export function openSignInDialog(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(`La fenêtre de connexion n'a pas pu s'ouvrir (${opened.error.message}).`));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (event) => {
        dialog.close();
        const message = "message" in event ? parseMessage(event.message) : undefined;
        if (message?.token) resolve(message.token);
        else reject(new Error(message?.error ?? "La connexion a échoué."));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (event) => {
        const code = "error" in event ? event.error : 0;
        reject(new Error(code === DIALOG_CLOSED ? "Connexion annulée : la fenêtre a été fermée." : `La fenêtre de connexion a rencontré un problème (${code}).`));
      });
    });
  });
}

function parseMessage(text: string): { token?: string; error?: string } | undefined {
  try {
    return JSON.parse(text) as { token?: string; error?: string };
  } catch {
    return undefined;
  }
}
