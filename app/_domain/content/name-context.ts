import type { Chunk } from "./chunks";

// What the words around a name say about its type, where the name alone is misleading:
// a capital that acts ("Washington recently viewed …", "Washington’s military operations")
// stands for its government; "groups like al Qaeda" names an organisation; "the Biden
// administration" is an organisation whose name ends in a lower-case noun.

type Ctx = { before: string; after: string };

const institutionNouns = /^\s+(administration|government|regime|cabinet|junta|campaign)\b/;

/** "Biden administration": the characters to add to the chunk to cover the institution noun. */
export function institutionSuffix(ctx: Ctx): number {
  return institutionNouns.exec(ctx.after)?.[0].length ?? 0;
}

const agencyNouns =
  "military|government|operations|policy|officials|support|decision|strategy|forces|troops|" +
  "army|diplomats|position|interests|allies|ally|backing|approach|response|relations";

const possessiveAgency = new RegExp(`^['’]s\\s+(?:\\p{Ll}+\\s+)?(?:${agencyNouns})\\b`, "u");

const actorVerb =
  /^\s+(?:(?:has|have|had|will|would|also|recently|now|still|then|later|reportedly|quickly)\s+)*(?!is\b|was\b|lies\b|sits\b|remains\b|has\b|had\b)\p{Ll}+(?:ed|s)\b/u;

/** A city or region used for the government seated there. */
export function actsAsGovernment(chunk: Chunk, ctx: Ctx): boolean {
  if (/\b(in|near|from|to|at|into|outside|around|across|via)\s+$/i.test(ctx.before)) return false;
  if (chunk.possessive) return possessiveAgency.test(ctx.after);
  if (
    /\b(tensions?|relations?|talks|ties|dispute|rift|rivalry)\b[^,.]{0,20}\bbetween\s+(?:\S+\s+and\s+)?$/i.test(
      ctx.before,
    )
  )
    return true;
  const clauseStart = ctx.before === "" || /(?:^|[,;]\s|\band\s)$/.test(ctx.before);
  return clauseStart && actorVerb.test(ctx.after);
}

/** "terrorist groups like al Qaeda and ISIS", "militant groups such as …". */
export function namedAsGroup(ctx: Ctx): boolean {
  return (
    /\b(groups?|organi[sz]ations?|militias?|factions?|movements?)\s+(like|such as|including)\s+(?:\S+\s+and\s+)?$/i.test(
      ctx.before,
    ) || /^\s+(affiliates|militants|fighters|members)\b/.test(ctx.after)
  );
}

/** "…, Politico reported", "reports AFP": whoever reports is a news outlet. */
export function namedAsReporter(ctx: Ctx): boolean {
  return /^\s+reports?\b|^\s+reported\b/.test(ctx.after) || /\breports\s+$/.test(ctx.before);
}

/** What the surroundings say an organisation is, whichever rule found it. */
export function organisationKindByContext(ctx: Ctx): string | undefined {
  if (namedAsReporter(ctx)) return "news outlet";
  if (namedAsGroup(ctx)) return "armed group";
  return undefined;
}
