// Just enough English verb morphology to turn a clause into a question: the base form for
// "did … revoke" and the participle for "was … toppled". Regular verbs follow spelling rules;
// common irregular ones are listed (compromise's conjugator was both slower and patchier here).

const irregular: Record<string, [base: string, participle: string]> = Object.fromEntries(
  (
    "began:begin:begun became:become:become brought:bring:brought built:build:built " +
    "bought:buy:bought came:come:come chose:choose:chosen did:do:done drew:draw:drawn " +
    "drove:drive:driven fell:fall:fallen felt:feel:felt fled:flee:fled flew:fly:flown " +
    "forgot:forget:forgotten fought:fight:fought found:find:found gave:give:given got:get:got " +
    "grew:grow:grown had:have:had heard:hear:heard held:hold:held hit:hit:hit kept:keep:kept " +
    "knew:know:known laid:lay:laid led:lead:led left:leave:left lost:lose:lost made:make:made " +
    "meant:mean:meant met:meet:met paid:pay:paid put:put:put ran:run:run rose:rise:risen " +
    "said:say:said sat:sit:sat saw:see:seen sent:send:sent set:set:set shot:shoot:shot " +
    "sought:seek:sought sold:sell:sold spent:spend:spent spoke:speak:spoken stood:stand:stood " +
    "struck:strike:struck swore:swear:sworn took:take:taken taught:teach:taught told:tell:told " +
    "thought:think:thought threw:throw:thrown understood:understand:understood went:go:gone " +
    "withdrew:withdraw:withdrawn won:win:won wrote:write:written overthrew:overthrow:overthrown " +
    "undertook:undertake:undertaken"
  )
    .split(" ")
    .map((entry) => {
      const [past = "", base = "", participle = ""] = entry.split(":");
      return [past, [base, participle]];
    }),
);

/** Adjectives and nouns that end in -ed but are not past-tense verbs in news prose. */
const notVerbs = new Set(
  "armed united based red bed need speed seed feed shed hundred indeed tired limited related " +
    "advanced detailed skilled alleged so-called",
);

export function isPastVerb(word: string): boolean {
  if (irregular[word]) return true;
  return /^\p{Ll}{2,}ed$/u.test(word) && !notVerbs.has(word);
}

const needsE =
  /(?:[^aeioul]l|[^aeiou][au]t|(?:^|[^aeiou])[aiou]s|[cvz]|[ae]ng|dg|(?:[^aeiou]|qu)[aiu]r|[^aeiou]or|[^aeiou][aeiou]k|[^aeiou]ib|[^aeiou]in|[rnlp]s|[^aeiou]ud|[^aeiou]id)$/;

/** "revoked" → "revoke", "stopped" → "stop", "carried" → "carry", "took" → "take". */
export function baseForm(past: string): string {
  const known = irregular[past];
  if (known) return known[0];
  if (!past.endsWith("ed")) return past;
  if (past.endsWith("ied")) return `${past.slice(0, -3)}y`;
  const stem = past.slice(0, -2);
  if (/([bgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  if (past.endsWith("eed")) return past.slice(0, -1);
  return needsE.test(stem) ? `${stem}e` : stem;
}

/** "toppled" → "toppled", "took" → "taken". */
export function participle(past: string): string {
  return irregular[past]?.[1] ?? past;
}
