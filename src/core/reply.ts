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
