/** Office.js's origin (Microsoft's CDN, in production; served from `/office-js/`, this origin, locally). */
const OFFICE_JS = "https://appsforoffice.microsoft.com";
/** The Office hosts that may frame the pane, and that the pane may frame (Office dialogs). */
const OFFICE_HOSTS = "https://*.office.com https://*.officeapps.live.com";
/** Microsoft Entra ID's sign-in (MSAL's token requests and its hidden frames). */
const ENTRA = "https://login.microsoftonline.com";

/**
 * Headers of every answer: no sniffing, no referrer, and a CSP: scripts from this origin and
 * Office.js's only, connections to this origin, the API and Entra ID only.
 */
export function securityHeaders(apiUrl: string): Record<string, string> {
  return {
    "Content-Security-Policy": [
      "default-src 'self'",
      `script-src 'self' ${OFFICE_JS}`,
      `connect-src 'self' ${apiUrl} ${ENTRA}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self' data:",
      `frame-src 'self' ${OFFICE_JS} ${OFFICE_HOSTS} ${ENTRA}`,
      "frame-ancestors 'self' https://*.office.com https://*.officeapps.live.com https://*.sharepoint.com",
      "object-src 'none'",
      "base-uri 'self'",
    ].join("; "),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
  };
}
