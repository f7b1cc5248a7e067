import path from 'node:path';
import { tally } from '../../scripts/ask-eval';
import { evaluate, loadSplit } from '../../scripts/eval-ask';

/**
 * The held-out test split (never tuned on; written blind from the sources: batches 1 and 2, split 60/40, and batches 4,
 * 7, 9, 11, 12, 14, 18, 24, 27, 32, 36, 40 and 44, all of them in test). Issue 9's bar is ≥ 90 % right, ≤ 1 % wrong and every off-topic question declined; it is NOT
 * met yet. Until it is, these bounds guard what /ask reaches against regressions and are tightened as it improves:
 * RIGHT_FLOOR is the right share rounded down to the whole percent, WRONG_CEILING the wrong share rounded up to the
 * next half percent, OFF_TOPIC_DECLINED the measured count.
 * Before batch 4 (branch ask-tune3, 248 questions): 194 right = 78.2 %, 5 wrong = 2.0 %, 25/26 off-topic declined.
 * With batch 4 (branch qwrite, same /ask, 488 questions): 370 right = 75.8 %, 19 wrong = 3.9 %, 65/68 declined;
 * batch 4 alone: 176/240 right = 73.3 %, 14 wrong = 5.8 %, 40/42 declined. The bounds below are set to these new
 * measurements, not tuned for; the lead decides the thresholds.
 * After the rounds of 2026-12-01 (askrecall, askquote, askcmp, askfact, askoff; dev only, batch 5 added to dev):
 * 380 right = 77.9 %, 12 wrong = 2.5 %, 66/68 declined (batch 4 alone: 178/240 right, 10 wrong).
 * With the nearest-question channel (data/examples.json from the dev split; thresholds chosen on dev out of fold and on
 * batch 6 before it joined dev): 387 right = 79.3 %, 13 wrong = 2.7 %, 66/68 declined.
 * With batch 7 (160 blind questions, test only) and batch 6 in dev (so in the examples): 648 questions, 504 right =
 * 77.8 %, 16 wrong = 2.5 %, 92/94 declined; batch 7 alone: 113 right, 3 wrong before the channel; 117 and 3 with it.
 * After the second round of 2026-12-01 (asksign, askprem, askcmp2, askoff2, askfact2; dev only, batch 8 as their
 * validation set, then in dev): 523 right = 80.7 %, 15 wrong = 2.3 %, 93/94 declined. Three of those helpers dropped
 * a change of theirs because this gate failed with it (its totals only; no test question was read): the figure is
 * that much less blind.
 * With batch 9 (200 blind questions written after that round, test only; 164 right, 2 wrong, 42/42 declined, against
 * 156 / 3 / 40 with the session's first engine): 848 questions, 687 right = 81.0 %, 17 wrong = 2.0 %, 135/136 declined.
 * After the third round (askprem, asklearn, askwrong, askperf, askcmp3, asktypo; dev only, batch 10 as their validation
 * set, then in dev) and with batch 11 (200 blind questions written after the round's first merges, test only, run once
 * with the final engine: 176 right, 6 wrong, 42/42 declined, against 168 / 7 / 42 with the session's first engine):
 * 1,048 questions, 888 right = 84.7 %, 18 wrong = 1.7 %, 177/178 declined. No helper of this round reported changing or
 * dropping anything because of this gate.
 * After a fourth round (askfact3, askprem2, askperf2; dev only, no validation batch: dev out of fold 1,372 / 17 →
 * 1,379 / 9 right / wrong) and with batch 12 (200 blind questions written as that round began, test only, run once
 * with its final engine: 166 right, 9 wrong, 42/42 declined; 158 / 7 with the session's first engine, 169 / 9 after the
 * third round): 1,248 questions, 1,053 right = 84.4 %, 26 wrong = 2.1 %, 219/220 declined.
 * After a fifth round (askfact4, askwrong2, askprem3, askcmp4, then askwrong3, askfact5, then askwrong4, askprem4,
 * askfact6; dev only, batches 15 and 16 added to dev first, batch 13 as the validation set, then in dev: 155 / 11 →
 * 165 / 7) the same 1,248 questions give 1,075 right, 15 wrong (six batch-12 questions were described to a helper as
 * kinds of wrong answer: 4 of the 11 fewer wrong are theirs). With batch 14 (200 blind questions written as the round
 * began, test only, run once with its final engine: 160 right, 8 wrong, 41/42 declined; 158 / 7 with the session's
 * first engine): 1,448 questions, 1,235 right = 85.3 %, 23 wrong = 1.6 %, 260/262 declined.
 * After a sixth round (ask-offtopic, ask-sign, ask-premise, ask-compare, ask-fact; dev only, batches 19 and 20 added to
 * dev first, batch 17 as the validation set, totals only, then in dev: 164 / 6 → 167 / 5) the same 1,448 questions give
 * 1,248 right, 21 wrong. With batch 18 (200 blind questions written as the round began, test only, run once with its
 * final engine: 158 right, 4 wrong, 41/42 declined; 160 / 3 with the session's first engine) and batch 17 in dev (so in
 * the examples): 1,648 questions, 1,404 right = 85.2 %, 25 wrong = 1.5 %, 301/304 declined.
 * After a seventh round (ask-offtopic2, ask-precision, ask-premise2, ask-recall, ask-alloc, then r2-precision,
 * r2-premise, r2-recall; dev only, batches 21 and 22 added to dev first, batch 23 as the validation set, totals only,
 * then in dev: 156 / 6 → 163 / 3) the same 1,648 questions give 1,433 right, 22 wrong, 301/304 declined (1,437 / 22 with batch 23 in the examples). With batch 24
 * (200 blind questions written as the round began, test only, run once with its final engine: 175 right, 6 wrong, 38/42
 * declined; 166 / 7 / 37 with the session's first engine) and batch 23 in dev (so in the examples): 1,848 questions,
 * 1,613 right = 87.3 %, 28 wrong = 1.5 %, 339/346 declined.
 * After an eighth round (r8-offtopic, r8-recall, r8-clarify, r8-premise, r8-alloc, then d2-recall, d2-wrong,
 * d2-signing; dev only, batches 25 and 26 added to dev first, batch 28 as the validation set, totals only, then in dev:
 * 174 / 6 → 177 / 5) the same 1,848 questions give 1,630 right, 28 wrong, 340/346 declined (1,615 / 27 with the
 * session's first engine and batches 25 and 26 in the examples). With batch 27 (200 blind questions written as the round
 * began, test only, run once with its final engine: 170 right, 5 wrong, 40/42 declined, exactly as with the session's
 * first engine) and batch 28 in dev (so in the examples): 2,048 questions, 1,800 right = 87.9 %, 33 wrong = 1.6 %,
 * 380/388 declined.
 * After the ninth round of 2026-12-02 (batches 29 and 30 in dev first; batch 31 its validation set, totals only: 175 / 6
 * → 179 / 6) the same 2,048 questions give 1,830 right, 26 wrong, 380/388 declined (1,801 / 33 with the session's
 * first engine and batches 29 and 30 in the examples). With batch 32 (200 blind questions written as the round began,
 * test only, run once with its final engine: 165 right, 4 wrong, 41/42 declined; 160 / 5 with the session's first
 * engine) and batch 31 in dev (so in the examples): 2,248 questions, 1,995 right = 88.7 %, 30 wrong = 1.3 %, 421/430
 * declined.
 * After the tenth round of 2026-12-02 (batches 33 and 34 in dev first; batch 35 its validation set, totals only: 181 / 4
 * → 184 / 3) the same 2,248 questions give 2,017 right, 28 wrong, 421/430 declined (1,997 / 30 with the session's
 * first engine and batches 33 and 34 in the examples). With batch 36 (200 blind questions written as the round began,
 * test only, run once with its final engine: 171 right, 2 wrong, 41/42 declined; 168 / 3 with the session's first
 * engine) and batch 35 in dev (so in the examples): 2,448 questions, 2,188 right = 89.4 %, 30 wrong = 1.2 %, 462/472
 * declined.
 * After the eleventh round of 2026-12-02 (batches 37 and 38 in dev first; batch 39 its validation set, totals only:
 * 179 / 4 → 180 / 4) the same 2,448 questions give 2,209 right, 28 wrong, 462/472 declined (2,189 / 30 with the
 * session's first engine and batches 37 and 38 in the examples). With batch 40 (200 blind questions written as the round
 * began, test only, run once with its final engine: 167 right, 6 wrong, 42/42 declined; 167 / 5 with the session's first
 * engine) and batch 39 in dev (so in the examples): 2,648 questions, 2,375 right = 89.7 %, 34 wrong = 1.3 %, 504/514
 * declined.
 * After the twelfth round of 2026-12-02 (batches 41, 42, 45 and 46 in dev first: 2,377 right, 34 wrong on those 2,648 with
 * them in the examples; batch 43 its validation set, totals only: 170 / 5 → 170 / 4) the same 2,648 questions give
 * 2,385 right, 30 wrong, 504/514 declined. With batch 44 (200 blind questions written as the round began, test only, run
 * once with its final engine: 188 right, 0 wrong, 42/42 declined; 185 / 1 with the session's first engine) and batch 43
 * in dev (so in the examples): 2,848 questions, 2,571 right = 90.3 %, 30 wrong = 1.1 %, 546/556 declined. The right
 * share now passes issue 9's 90 %; its wrong share and off-topic count do not. Thirteenth round (batches 48–52 in dev,
 * batch 47 — 200 blind questions, 188 right / 1 wrong with the round's first and final engines — in test): 3,048 questions,
 * 2,770 right = 90.9 %, 29 wrong = 0.95 % (ceiling now 1 %, issue 9's bar), 588/598 declined (the bar wants all).
 * Fourteenth round (batches 55–57 in dev, then batch 54, its validation set; batch 53 — 200 blind questions, 169 / 3 with
 * the round's first engine, 171 / 3 with its final one, 42/42 declined — in test): 3,248 questions, 2,951 right = 90.9 %,
 * 31 wrong = 0.95 %, 630/640 declined (the bar wants all). Fifteenth round (batches 60 and 61 in dev): the same 3,248
 * give 2,954 right, 29 wrong, 631/640 declined. With batch 62 (200 blind questions written as the sixteenth round began,
 * test only, run with that round's first engine: 189 right, 0 wrong, 41/42 declined): 3,448 questions, 3,143 right =
 * 91.2 %, 29 wrong = 0.84 %, 672/682 declined (the bar wants all). Sixteenth round's final engine: 3,143 right, 28 wrong.
 * With batch 64 (200 blind questions written as the seventeenth round began, test only, run with that round's first
 * engine: 181 right, 3 wrong, 39/39 declined): 3,648 questions, 3,324 right = 91.1 %, 31 wrong = 0.85 %, 711/721 declined.
 * The seventeenth round's final engine: 3,321 right = 91.0 %, 31 wrong = 0.85 %, 712/721 declined (batch 64: 181 / 3, 39/39).
 * The eighteenth and nineteenth rounds are in docs/ask-history.md. With batch 72 (200 blind questions written as the
 * twentieth round began, test only, first engine 171 / 0, 14/14): 4,248 questions, 3,858 right = 90.8 %, 34 wrong =
 * 0.80 %, 773/779 declined (the bar wants all). With batch 81 (200 blind questions written as the twenty-first round
 * began, test only, first engine 173 / 4, 15/16): 4,448 questions, 4,033 right = 90.7 %, 37 wrong = 0.83 %, 789/795
 * declined (the bar wants all). With batch 84 (200 blind questions written as the twenty-second round began, test only,
 * first engine 181 / 2, 28/28; the same with the round's merged engine): 4,648 questions, 4,216 right = 90.7 %, 38 wrong =
 * 0.82 %, 817/823 declined (the bar wants all). With batch 88 (200 blind questions written as the twenty-third round
 * began, test only, first engine 182 / 3, 42/42; the round's merged engine 183 / 3, 42/42): 4,848 questions, 4,408 right
 * = 90.9 %, 41 wrong = 0.85 %, 859/865 declined (the bar wants all). With batches 96 and 97 (400 blind questions written
 * as the twenty-fourth round closed, test only, run once with its final engine: 162 / 4 and 171 / 4, 32/32 each): 5,248
 * questions, 4,751 right = 90.5 %, 49 wrong = 0.93 %, 924/929 declined (the bar wants all). With batch 101 (200 blind
 * questions written as the twenty-fifth round began, test only, first engine 165 / 5, 32/32) and batches 98–100 in dev
 * (so in the examples): 5,448 questions, 4,917 right = 90.3 %, 54 wrong = 0.99 %, 956/961 declined (the bar wants all);
 * with the round's merged tuners (t1, t2): 4,930 right = 90.5 %, 51 wrong = 0.94 %, 957/961 (batch 101: 166 / 5, 32/32).
 * With batch 102 (200 blind questions written as the twenty-fifth round closed, test only, run once with its final
 * engine: 170 right / 7 wrong, 32/32): 5,648 questions, 5,107 right = 90.4 %, 58 wrong = 1.03 %, 989/993 declined. The
 * wrong bar (≤ 1 %) is no longer met on test, so by the rule above the ceiling is the next half percent, 1.5 %.
 * With batches 111 and 112 (400 blind questions written as the twenty-seventh round began, test only, first engine
 * 164 / 6, 29/32 and 172 / 2, 32/32; 165 / 5, 30/32 and 172 / 2 with the examples relearnt from batches 109 and 110 in
 * dev): 6,648 questions, 5,970 right = 89.8 %, 73 wrong = 1.10 %, 1,147/1,153 declined. Right falls below 90 %, so by
 * the rule above the floor is 89 %. With the round's merged tuners (tA–tE; dev only): 5,976 right = 89.9 %, 72 wrong =
 * 1.08 %, 1,147/1,153 declined (batch 111: 165 / 4, 30/32; batch 112: 172 / 2, 32/32); the floor stays 89 %.
 * Twenty-eighth round: batches 113–116 went to dev; the round's merged tuners (tA–tD; dev only) give the 6,648 questions
 * 5,983 right = 89.99 %, 69 wrong = 1.04 %, 1,147/1,153. With batches 117 and 118 (400 blind questions written during
 * the round, test only, first engine 165 / 3 and 144 / 6, final engine 166 / 2 and 144 / 6, 32/32 each): 7,048
 * questions, 6,293 right = 89.3 %, 77 wrong = 1.09 %, 1,211/1,217 declined; the floor stays 89 %, the ceiling 1.5 %.
 * Twenty-ninth round: batches 119–122 went to dev (examples relearnt: the 7,048 earlier questions 6,297 right, 78
 * wrong); with batches 123 and 124 (400 blind questions written as the round began, test only, never shown to a tuner,
 * 164 / 3 and 164 / 2, 32/32 each): 7,448 questions, 6,625 right = 88.95 %, 83 wrong = 1.11 %, 1,275/1,281 declined.
 * Right falls below 89 %, so by the rule above the floor is 88 %; the ceiling stays 1.5 %. With the round's merged
 * tuners (tA–tH; dev only) and three list labels brought in line with the writers-and-showrunners rule: 6,636 right =
 * 89.1 %, 81 wrong = 1.09 %, 1,275/1,281 (batch 123: 165 / 3, batch 124: 166 / 2, 32/32 each); the floor is 89 % again.
 * Thirtieth round: batches 125–128 went to dev (examples relearnt: the 7,448 earlier questions 6,638 right, 81 wrong);
 * with batches 129 and 130 (400 blind questions written as the round began, test only, never shown to a tuner, 174 / 2
 * each, 32/32 each): 7,848 questions, 6,986 right = 89.0 %, 85 wrong = 1.08 %, 1,339/1,345 declined; the floor stays
 * 89 %, the ceiling 1.5 %. With the round's merged tuners (tA–tD, tF, tG; dev only) and two dev labels brought in line:
 * 7,006 right = 89.3 %, 87 wrong = 1.11 %, 1,339/1,345 (batch 129: 175 / 1, batch 130: 174 / 3, 32/32 each).
 * Thirty-first round: batches 131–134 went to dev (examples relearnt); with batches 135 and 136 (400 blind questions
 * written as the round began, test only, never shown to a tuner, 163 / 6 and 167 / 4 with the relearnt examples, 32/32
 * and 31/32): 8,248 questions, 7,343 right = 89.0 %, 95 wrong = 1.15 %, 1,402/1,409 declined; the floor stays 89 %, the
 * ceiling 1.5 %. With the round's merged tuners (tC, tE, tF, tG, tH; dev only) and one word list mended after them:
 * 7,352 right = 89.1 %, 95 wrong = 1.15 %, 1,402/1,409 (batches 135 and 136 unchanged).
 * Thirty-second round: no new questions; five branches merged (r32-lead compare, r32-ua stated premises, r32-ub clock
 * times and settings, r32-uc wrong answers, r32-ud casual words; dev only): 7,393 right = 89.6 %, 94 wrong = 1.14 %,
 * 1,401/1,409 declined. The off-topic count fell by one with r32-ua's premise slots (run alone: 1,401); it is set to the
 * measurement, not tuned back on the test split. Two tuners saw this split's totals (r32-ud dropped a looser variant
 * because of them) and one saw some of its wordings by mistake (r32-uc, which says it used none): the split is that much
 * less blind, and the next round's fresh batches are the cleaner measure.
 * Thirty-third round: batches 141 and 142 (400 questions written blind, never shown to a tuner) join the split, run once
 * with the round's first engine (with batches 137–140 relearnt): 7,725 right = 89.3 %, 113 wrong = 1.31 %, 1,464/1,473
 * declined. On the 1,200 fresh questions of batches 137–142 the first engine got 981 right (81.8 %) and 42 wrong
 * (3.5 %): the split's older batches flatter /ask, the fresh ones are the forecast for unseen questions.
 * Thirty-fourth round: batches 145 and 146 (400 questions written blind, never shown to a tuner) join the split, run once
 * with the round's first engine (with batches 143 and 144 relearnt): 8,093 right = 89.4 %, 114 wrong = 1.26 %, 1,539/1,549
 * declined. On the 800 fresh questions of batches 143–146 the first engine got 687 right (85.9 %) and 8 wrong (1.0 %).
 * Thirty-fifth round: 21 labels about both of a namesake pair gained `also` (scripts/ask-eval.ts: right when the reply
 * gives both verdicts; 8,097 / 115 → 8,099 / 113), then batch 147 (200 questions written blind, never shown to a tuner)
 * joined the split, run once with the round's first engine (with batch 148 relearnt): 8,267 right = 89.4 %, 114 wrong =
 * 1.23 %, 1,577/1,587 declined; after the round's tuning 8,267 / 115 (1.24 %), 1,576/1,587: the round's tuning (dev
 * only) cost one off-topic decline here; the gate below takes the measured 1,576, not a figure tuned back on this split.
 * Thirty-seventh round: batch 151 (200 questions written blind, never shown to a tuner) joined the split, run once with
 * the round's first engine (e3e14a6): 177 right, 3 wrong, 38/38 off-topic declined; the whole split 8,614 right = 89.3 %,
 * 122 wrong = 1.26 %, 1,652/1,663 declined (the gate takes the measured 1,652); after the round's tuning (dev only)
 * 8,618 right, 121 wrong, 1,652/1,663 declined, batch 151 unchanged (177 / 3).
 * Thirty-eighth round: batch 152 (200 questions written blind, never shown to a tuner) joined the split, run once with
 * the round's first engine (49a1146): 175 right, 2 wrong, 38/38 off-topic declined; the whole split 8,793 right = 89.3 %,
 * 123 wrong = 1.25 %, 1,690/1,701 declined (the gate takes the measured 1,690); after the round's tuning (dev only)
 * 8,806 right, 121 wrong, 1,690/1,701 declined, batch 152 unchanged (175 / 2).
 * Thirty-ninth round: batch 153 (200 questions written blind, never shown to a tuner) joined the split, run once with
 * the round's first engine (2d019fd): 169 right, 3 wrong, 38/38 off-topic declined; the whole split 8,975 right = 89.3 %,
 * 124 wrong = 1.23 %, 1,728/1,739 declined (the gate takes the measured 1,728); after the round's tuning (dev only)
 * 8,989 right, 121 wrong, 1,728/1,739 declined, batch 153 unchanged (169 / 3).
 * Fortieth round: the RFI comment-deadline family's 11 labels were brought in line (6 in test; same engine 8,992 right,
 * 118 wrong); batch 154 (200 questions written blind, never shown to a tuner) joined the split, run once with the round's
 * first engine (d23d8aa, with batch 155's dev examples learnt): 180 right, 1 wrong, 38/38 off-topic declined; the whole
 * split 9,173 right = 89.5 %, 119 wrong = 1.16 %, 1,766/1,777 declined (the gate takes the measured 1,766); after the
 * round's tuning (dev only) 9,180 right, 119 wrong, 1,766/1,777 declined, batch 154 180 / 1 -> 181 / 1.
 */
const RIGHT_FLOOR = 0.89;
const WRONG_CEILING = 0.015;
const OFF_TOPIC_DECLINED = 1766;

describe('/ask on the held-out test split', () => {
  it('wrong ≤ the ceiling, right ≥ the floor, off-topic declined ≥ the measured count', async () => {
    const scored = await evaluate(loadSplit(path.join(__dirname, '..', 'fixtures', 'ask', 'test.json')));
    const t = tally(scored);
    const offTopic = scored.filter((s) => s.item.kind === 'offtopic');
    const summary = { right: t.right / t.total, wrong: t.wrong / t.total, offTopicDeclined: offTopic.filter((s) => s.outcome === 'right').length };
    expect(t.total).toBeGreaterThanOrEqual(100);
    expect(offTopic.length).toBeGreaterThanOrEqual(20);
    expect(summary.offTopicDeclined).toBeGreaterThanOrEqual(OFF_TOPIC_DECLINED);
    expect(summary.wrong).toBeLessThanOrEqual(WRONG_CEILING);
    expect(summary.right).toBeGreaterThanOrEqual(RIGHT_FLOOR);
  });
});
