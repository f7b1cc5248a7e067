/**
 * Preloaded into the bot (`node --require dist/bench/memory-probe-preload.js …`) by
 * `npm run bench -- slack --slack-memory-breakdown`, never by `npm start`: on SIGUSR2 the bot writes one line to
 * stderr, the marker then its memory breakdown as JSON, which the bench reads from the pipe it drains.
 */
import { MEMORY_PROBE_MARKER, memoryBreakdown } from './memory-probe';

process.on('SIGUSR2', () => process.stderr.write(`${MEMORY_PROBE_MARKER}${JSON.stringify(memoryBreakdown())}\n`));
