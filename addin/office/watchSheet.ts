/// <reference types="office-js" />

/** Subscribes to a sheet's changes (one request); resolves to the registration, to remove later. */
export async function watchSheet(context: Excel.RequestContext, sheetName: string, onChange: () => void): Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>> {
  const registration = context.workbook.worksheets.getItem(sheetName).onChanged.add(async () => onChange());
  await context.sync();
  return registration;
}
