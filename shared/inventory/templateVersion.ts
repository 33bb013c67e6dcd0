/** Version of the description organique template (the model, the sheet layout and its row ids). */
export const TEMPLATE_VERSION = "2026.1";
