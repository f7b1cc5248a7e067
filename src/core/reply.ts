/** What every command returns: platform-neutral; adapters only render it. */

export type Locale = 'en' | 'fr';

export interface SourceLink {
  publisher: string;
  title: string;
  /** The outlet's own page: the link every platform shows. */
  url: string;
  date: string;
  /** The copy the text was read from (mirror, repost, archive): only in `--json` data and /ask's sources detail, never the link shown. */
  via?: { url: string; note: string };
}

export interface ReplyField {
  name: string;
  value: string;
}

/** A follow-up the user can pick: "did you mean" names, pages, sharing. Adapters render buttons or a numbered list. */
export interface ReplyChoice {
  /** What the user sees, e.g. "Cate Blanchett" or "Next ▸". */
  label: string;
  /** The command to run when picked, with its options. */
  command: string;
  options: Record<string, string>;
  kind: 'suggestion' | 'page';
}

/** Colour / tone of the answer: adapters map it to embed colours or emoji. */
export type ReplyTone = 'positive' | 'negative' | 'uncertain' | 'neutral' | 'error';

export interface Reply {
  title: string;
  /** The answer itself, plain text with `>` quote lines allowed. */
  text: string;
  fields: ReplyField[];
  sources: SourceLink[];
  choices: ReplyChoice[];
  tone: ReplyTone;
  /** Shown only to the person who asked (errors, help). */
  ephemeral: boolean;
  /** The command's machine-readable result (the CLI's `--json` output). */
  data?: Record<string, unknown>;
}

export function makeReply(parts: Partial<Reply> & Pick<Reply, 'title' | 'text'>): Reply {
  return { fields: [], sources: [], choices: [], tone: 'neutral', ephemeral: false, ...parts };
}

/**
 * `reply` with `data` made of each part in turn: `{ ...reply, data: { ...parts[0], ...parts[1], … } }`, the same keys in
 * the same order, built with Object.assign. On Node 20 an object spread followed by a key the spread object lacks
 * (`{ ...reply, data }`, `{ ...base, ...data, text }`) makes objects that outlive the young generation: over every
 * evaluation question (--trace-gc-nvp, second pass) about 188 KB was promoted to the old generation at each young
 * collection with the spreads, 15 KB without them (the /ask engine alone promotes as much); a stand-alone loop of
 * `{ ...base, text }` promotes about six times what `Object.assign({}, base, { text })` does, while `{ ...base }`,
 * `{ a, ...base }` and `{ ...base, key }` over a key base has are as cheap as Object.assign. Less to copy and promote
 * shortens the collections that pause /ask, and the old generation stops filling with dead replies.
 */
export function withData(reply: Reply, ...parts: readonly Record<string, unknown>[]): Reply {
  return Object.assign({}, reply, { data: Object.assign({}, ...parts) });
}

/** Reply as plain text: title, body, fields, sources. The shell, the CLI's `text` and logs use it. */
export function replyToPlainText(reply: Reply, sourcesLabel: string): string {
  const lines = [reply.title, '', reply.text];
  for (const f of reply.fields) lines.push('', `${f.name}: ${f.value}`);
  if (reply.sources.length > 0) {
    lines.push('', `${sourcesLabel}:`);
    for (const s of reply.sources) lines.push(`- ${s.publisher}, "${s.title}" (${s.date}) ${s.url}`);
  }
  return lines.join('\n');
}
