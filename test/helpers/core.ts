import { createDispatcher } from '../../src/app';
import { loadCommands } from '../../src/command-registry';
import { Dispatcher as CommandDispatcher } from '../../src/core/dispatch';
import type { Dispatched, ErrorLogger } from '../../src/core/dispatch';
import type { Dispatcher } from '../../src/core/dispatch';
import { FactBase } from '../../src/core/fact-base';
import type { FactBaseData } from '../../src/core/schema';
import type { Locale } from '../../src/core/reply';
import { loadFactBase } from '../../src/fact-files';

let facts: FactBase | undefined;

/** The real fact base from `data/`, loaded once per test file. */
export function realFacts(): FactBase {
  facts ??= loadFactBase();
  return facts;
}

/** The fact /ask answers `q` with on the real fact base, or undefined when it declines, asks back or answers in another mode. */
export function answeredFact(q: string, lang: Locale): string | undefined {
  const out = realFacts().ask.ask(q, lang);
  return out.verdict === 'answered' && 'fact' in out ? out.fact.id : undefined;
}

/** A logger that keeps what it is given, for asserting that faults are logged (and nothing else is). */
export class RecordingLogger implements ErrorLogger {
  readonly errors: { details: Record<string, unknown>; message: string }[] = [];
  error(details: Record<string, unknown>, message: string): void {
    this.errors.push({ details, message });
  }
}

/**
 * The real dispatcher over the real commands and data: the file's one fact base (`realFacts`), as the bot serves
 * every request from one, so its /ask engine (seconds to build) is built once per test file, not once per dispatcher.
 */
export function realDispatcher(logger: ErrorLogger = new RecordingLogger()): Dispatcher {
  return createDispatcher({ facts: realFacts(), logger, clock: () => new Date('2026-11-26T12:00:00Z') });
}

/** Run one command as a shell user would, through validation and the dispatcher. */
export async function run(dispatcher: Dispatcher, command: string, options: Record<string, unknown>, locale: Locale = 'en', isManager = false): Promise<Dispatched> {
  return dispatcher.dispatch({ command, options, locale, user: { id: 'tester', isManager }, channel: { platform: 'shell', id: 'test' }, requestId: 'test' });
}

/** The real commands over the real data changed in memory by `edit` (validated like data/). */
export function dispatcherWith(edit: (data: FactBaseData) => void, logger: ErrorLogger = new RecordingLogger()): Dispatcher {
  const data = structuredClone(realFacts().data);
  edit(data);
  return new CommandDispatcher({ commands: loadCommands(), facts: FactBase.fromData(data), logger, clock: () => new Date('2026-11-26T12:00:00Z') });
}

/** Rate a signatory weak, cited only to minor sources, as a name only smaller sites report. */
export function makeWeak(data: FactBaseData, id: string): void {
  const person = data.signatories.find((s) => s.id === id)!;
  person.confidence = 'weak';
  person.sources = data.sources.filter((s) => s.tier === 'minor').slice(0, 2).map((s) => s.id);
}
