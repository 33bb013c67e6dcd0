import type { Rule } from "./rule";
import { aSetIsChosen } from "./rules/completeness/aSetIsChosen";
import { communeIsIdentified } from "./rules/completeness/communeIsIdentified";
import { communeIsMember } from "./rules/completeness/communeIsMember";
import { communeIsTheFilers } from "./rules/completeness/communeIsTheFilers";
import { communeNameIsOfficial } from "./rules/completeness/communeNameIsOfficial";
import { domainsComeWithSetC } from "./rules/completeness/domainsComeWithSetC";
import { etatDesLieuxIsDated } from "./rules/completeness/etatDesLieuxIsDated";
import { notApplicableSectionsAreEmpty } from "./rules/completeness/notApplicableSectionsAreEmpty";
import { referentsAreComplete } from "./rules/completeness/referentsAreComplete";
import { requiredRowsAreAnswered } from "./rules/completeness/requiredRowsAreAnswered";
import { setCHasADomain } from "./rules/completeness/setCHasADomain";
import { etatDesLieuxIsNotInFuture } from "./rules/freshness/etatDesLieuxIsNotInFuture";
import { etatDesLieuxIsRecent } from "./rules/freshness/etatDesLieuxIsRecent";
import { domainUsersWithinAgents } from "./rules/quality/domainUsersWithinAgents";
import { quantitiesAreNonNegative } from "./rules/quality/quantitiesAreNonNegative";
import { quantitiesArePlausible } from "./rules/quality/quantitiesArePlausible";
import { referentEmailsAreValid } from "./rules/quality/referentEmailsAreValid";
import { referentPhonesLookFrench } from "./rules/quality/referentPhonesLookFrench";
import { referentsAreWithinLimit } from "./rules/quality/referentsAreWithinLimit";
import { totalPostesMatchesBlocks } from "./rules/quality/totalPostesMatchesBlocks";
import { totalSitesMatchesBlocks } from "./rules/quality/totalSitesMatchesBlocks";

/**
 * Every check on a description organique, completeness first, then quality and freshness. The
 * same list runs in the add-in (instant feedback) and in the functions (authoritative); the API
 * documents it.
 */
export const RULES: readonly Rule[] = [
  communeIsIdentified,
  communeIsMember,
  communeIsTheFilers,
  communeNameIsOfficial,
  etatDesLieuxIsDated,
  aSetIsChosen,
  setCHasADomain,
  domainsComeWithSetC,
  referentsAreComplete,
  requiredRowsAreAnswered,
  notApplicableSectionsAreEmpty,
  quantitiesAreNonNegative,
  quantitiesArePlausible,
  totalSitesMatchesBlocks,
  totalPostesMatchesBlocks,
  domainUsersWithinAgents,
  referentEmailsAreValid,
  referentsAreWithinLimit,
  referentPhonesLookFrench,
  etatDesLieuxIsNotInFuture,
  etatDesLieuxIsRecent,
];
