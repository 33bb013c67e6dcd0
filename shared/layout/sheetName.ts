/** The name of the worksheet holding the description organique. */
export const SHEET_NAME = "Description organique";
