/** Where one statement ends: a sentence, a line, a comma or a `but`. */
const CLAUSE =
  /[\n,;:!?()，。；：！？（）]|[.](?=\s|$)|\b(?:but|however|(?:al)?though|and|so|then|because|since|while)\b|但是|不过|可是/i;

/** A question asks whether a thing works; it does not say so. */
const QUESTION = /^\s*(?:is|are|does|do|did|can|could|should|will|would)\b/i;

/**
 * Ways of saying a thing works, or that doing it did not help: either way it
 * is not the problem. `not working`, `works on kind`, `不正常`, `没有数据` and
 * `不起作用` (the problem itself) do not match.
 */
const DENIALS: RegExp[] = [
  /\b(?:is|are|seems?|looks?)\s+(?:fine|ok|okay|healthy|good|working)\b/i,
  /\b(?:works?|worked|working|runs?|running)\s+(?:fine|ok|okay|well|normally|correctly|properly)\b/i,
  /(?<!\b(?:not|never|n't)\s+)\b(?:works|worked)\s*$/i,
  /\b(?:returns?|shows?|gives?|has|have|reports?)\s+(?:data|numbers|metrics|values)\b/i,
  /\b(?:doesn't|does not|didn't|did not|won't|will not)\s+help\b|\bnot helping\b/i,
  /(?<![不没未无非否])(?:是好的|正常|没问题|没有问题|有数据|能用|好使)(?![吗么嘛])/,
  /(?:也|都)(?:没用|没有用|不管用|不行)|无济于事/,
];

/** Words that qualify a subject without naming it. */
const FILLER =
  /\b(?:itself|also|still|already|really|actually|definitely|now|just|even|all)\b|[也都还]$/gi;

/**
 * What a statement is about: the last few Latin words before it, even with
 * Chinese between them (`metrics-server 已经装好了`), else the last Chinese.
 */
function subjectOf(before: string): string {
  const text = before.trimEnd().replace(FILLER, ' ').trim();
  const latin = text.match(/[\p{Script=Latin}\p{Nd}][^\s\p{Script=Han}]*/gu);
  if (latin) {
    return latin.slice(-3).join(' ');
  }
  return text.match(/\p{Script=Han}{1,4}$/u)?.[0] ?? '';
}

/**
 * What a query says works, is fine or did not help (`kubectl top works fine`,
 * `metrics-server 是好的`, `waiting doesn't help`): an entry whose cause or
 * fix it is does not answer the query.
 */
export function deniedSubjects(text: string): string[] {
  const subjects = new Set<string>();
  const clauses = text.split(CLAUSE).filter((c) => c && !QUESTION.test(c));
  for (const clause of clauses) {
    for (const denial of DENIALS) {
      const match = clause.match(denial);
      if (match) {
        subjects.add(subjectOf(clause.slice(0, match.index)));
      }
    }
  }
  return [...subjects].filter(Boolean);
}
