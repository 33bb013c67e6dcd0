const FRENCH = /[àâçéèêëîïôûùüÿœ«»]|\b(?:attendu|invalide|refusée?|requis|au plus|trop|illisible|inconnue?|erreur|doit|ligne|commune|fichier|classeur|dépôt|corps|requête|jeton|accès|clé|entrée|valeur|nombre|date|champ|manquant|absente?|réessayez|aucune?|introuvable|ressource|service|indisponible|stockage|pour|pas|est|sont|dans|avec|sur|les?|la|des|du|une?)\b/i;
const ENGLISH = /\b(?:Invalid|Expected|Required|received|Unexpected|must|should|not found|Bad Request|Internal Server|Forbidden|Unauthorized|undefined|object Object|Payload Too Large)\b/;

/** True when a user-facing message reads as French (French words or letters, none of the usual English error words). */
export function isFrench(text: string): boolean {
  return FRENCH.test(text) && !ENGLISH.test(text);
}
