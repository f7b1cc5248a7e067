import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../bench/measure';

/**
 * Builds the /ask evaluation splits: `test/fixtures/ask/raw.json` (the questions, written from the shared
 * sources only) + `labels.json` (the expected outcome per question id, labelled afterwards against `data/`)
 * → `dev.json` (60 %) and `test.json` (40 %).
 *
 * The split is made per batch, each stratified by (lang, kind) with its own seed: batch 1 (ids without a prefix,
 * SEED) and batch 2 (ids `b2-…`, SEED_BATCH_2). Batch 3 (ids `b3-…`) is not split: it goes to dev entirely, because
 * it was written for the tuner (more unseen phrasings than the test split could spare). Batch 4 (ids `b4-…`) is not
 * split either: it goes to test entirely, as a fresh measure on questions nobody tuned on, bringing the overall split
 * back to about 60/40. Batch 5 (ids `b5-…`) goes to dev entirely, like batch 3: more unseen phrasings for the tuner
 * (comparisons, false premises, quotes), leaving the test split byte-identical. It depends only on the ids, languages,
 * kinds and seeds, never on
 * the labels: fixing a label and re-running keeps every question in the split it was in, and adding a batch
 * never moves a question of an earlier one. Each batch was split once; do not change a seed or the ratio to
 * move questions between dev and test.
 *
 * Run: `npm run build && node dist/scripts/split-ask-eval.js` (from the repository root).
 */
export const SEED = 20261130;
/** Seed of batch 2 (ids `b2-…`, written on 2026-12-01 from the sources only, the same blind way as batch 1). */
export const SEED_BATCH_2 = 20261201;
export const DEV_RATIO = 0.6;
/** Share of batch 3 (ids `b3-…`, written on 2026-12-01 from the sources only) that goes to dev: all of it. */
export const DEV_ONLY_RATIO = 1;
/** Share of batch 4 (ids `b4-…`, written on 2026-12-01 from the sources only) that goes to dev: none, it is test only. */
export const TEST_ONLY_RATIO = 0;
/** Prefix of batch 5 (ids `b5-…`, written on 2026-12-01 from the sources only): dev only, like batch 3 (DEV_ONLY_RATIO). */
export const BATCH_5_PREFIX = 'b5-';
/**
 * Batch 6 (ids `b6-…`, written on 2026-12-01 from the sources only): first a validation set for the nearest-question
 * channel's thresholds (used before it joined any split), then dev only. Batch 7 (ids `b7-…`, written the same day the
 * same way): test only, a fresh measure.
 */
export const BATCH_6_PREFIX = 'b6-';
export const BATCH_7_PREFIX = 'b7-';
/** Batch 8 (ids `b8-…`, written the same day the same way): the validation set of the second round's merges, then dev only. */
export const BATCH_8_PREFIX = 'b8-';
/** Batch 9 (ids `b9-…`, written the same day the same way, after the second round): test only, a fresh measure. */
export const BATCH_9_PREFIX = 'b9-';
/** Batch 10 (ids `b10-…`, written on 2026-12-01 the same way, at the start of the third round): the validation set of that
 * round's merges, then dev only. */
export const BATCH_10_PREFIX = 'b10-';
/** Batch 11 (ids `b11-…`, written the same day the same way, after the third round): test only, a fresh measure. */
export const BATCH_11_PREFIX = 'b11-';
/** Batch 12 (ids `b12-…`, written the same day the same way, as the fourth round began): test only, a fresh measure of its final engine. */
export const BATCH_12_PREFIX = 'b12-';
/** Batches 15 and 16 (ids `b15-…`, `b16-…`, written blind on 2026-12-01 as a fifth round began, with batches 13 and 14):
 * dev only, more people's wordings for the dev split and the examples /ask learns from. */
/** Batch 13 (ids `b13-…`, written blind the same day as the fifth round began): the validation set of that round's
 * merges (totals only), then dev only. */
export const BATCH_13_PREFIX = 'b13-';
/** Batch 14 (ids `b14-…`, written blind with batch 13): test only, a fresh measure of the fifth round's final engine. */
export const BATCH_14_PREFIX = 'b14-';
export const BATCH_15_PREFIX = 'b15-';
export const BATCH_16_PREFIX = 'b16-';
/** Batches 19 and 20 (ids `b19-…`, `b20-…`, written blind on 2026-12-01 as a sixth round began, with batches 17 and 18):
 * dev only, more wordings for the dev split and the examples /ask learns from. */
export const BATCH_19_PREFIX = 'b19-';
/** Batch 17 (ids `b17-…`, written blind with 18–20): the validation set of the sixth round's merges (totals only), then dev only. */
export const BATCH_17_PREFIX = 'b17-';
/** Batch 18 (ids `b18-…`, written blind with 17–20): test only, a fresh measure of the sixth round's final engine. */
export const BATCH_18_PREFIX = 'b18-';
export const BATCH_20_PREFIX = 'b20-';
/** Batches 21 and 22 (ids `b21-…`, `b22-…`, written blind on 2026-12-01 as a seventh round began, with batches 23 and 24):
 * dev only, joined before that round's tuning. */
export const BATCH_21_PREFIX = 'b21-';
export const BATCH_22_PREFIX = 'b22-';
/** Batch 23 (ids `b23-…`, written blind with 21, 22 and 24): the validation set of the seventh round's merges (totals only), then dev only. */
export const BATCH_23_PREFIX = 'b23-';
/** Batch 24 (ids `b24-…`, written blind with 21–23): test only, a fresh measure of the seventh round's final engine. */
export const BATCH_24_PREFIX = 'b24-';
/** Batches 25 and 26 (ids `b25-…`, `b26-…`, written blind on 2026-12-01 as an eighth round began, with batches 27 and 28):
 * dev only, joined before that round's tuning. */
export const BATCH_25_PREFIX = 'b25-';
export const BATCH_26_PREFIX = 'b26-';
/** Batch 27 (ids `b27-…`, written blind with 25, 26 and 28): test only, a fresh measure of the eighth round's final engine. */
export const BATCH_27_PREFIX = 'b27-';
/** Batch 28 (ids `b28-…`, written blind with 25–27): the validation set of the eighth round's merges (totals only), then dev only. */
export const BATCH_28_PREFIX = 'b28-';
/** Batches 29 and 30 (ids `b29-…`, `b30-…`, written blind on 2026-12-02 as a ninth round began, with batches 31 and 32):
 * dev only, joined before that round's tuning. */
export const BATCH_29_PREFIX = 'b29-';
export const BATCH_30_PREFIX = 'b30-';
/** Batch 31 (ids `b31-…`, written blind with 29, 30 and 32): the validation set of the ninth round's merges (totals only), then dev only. */
export const BATCH_31_PREFIX = 'b31-';
/** Batch 32 (ids `b32-…`, written blind with 29–31): test only, a fresh measure of the ninth round's final engine. */
export const BATCH_32_PREFIX = 'b32-';
/** Batches 33 and 34 (ids `b33-…`, `b34-…`, written blind on 2026-12-02 as a tenth round began, with batches 35 and 36):
 * dev only, joined before that round's tuning. */
export const BATCH_33_PREFIX = 'b33-';
export const BATCH_34_PREFIX = 'b34-';
/** Batch 35 (ids `b35-…`, written blind with 33, 34 and 36): the validation set of the tenth round's merges (totals only), then dev only. */
export const BATCH_35_PREFIX = 'b35-';
/** Batch 36 (ids `b36-…`, written blind with 33–35): test only, a fresh measure of the tenth round's final engine. */
export const BATCH_36_PREFIX = 'b36-';
/** Batches 37 and 38 (ids `b37-…`, `b38-…`, written blind on 2026-12-02 as an eleventh round began, with batches 39 and
 * 40): dev only, joined before that round's tuning. */
export const BATCH_37_PREFIX = 'b37-';
export const BATCH_38_PREFIX = 'b38-';
/** Batch 39 (ids `b39-…`, written blind with 37, 38 and 40): the validation set of the eleventh round's merges (totals only), then dev only. */
export const BATCH_39_PREFIX = 'b39-';
/** Batch 40 (ids `b40-…`, written blind with 37–39): test only, a fresh measure of the eleventh round's final engine. */
export const BATCH_40_PREFIX = 'b40-';
/** Batches 41, 42, 45 and 46 (ids `b41-…`, `b42-…`, `b45-…`, `b46-…`, written blind on 2026-12-02 as a twelfth round
 * began, with batches 43 and 44): dev only, joined before that round's tuning. */
export const BATCH_41_PREFIX = 'b41-';
export const BATCH_42_PREFIX = 'b42-';
/** Batch 43 (ids `b43-…`, written blind with 41, 42 and 44–46): the validation set of the twelfth round's merges (totals only), then dev only. */
export const BATCH_43_PREFIX = 'b43-';
/** Batch 44 (ids `b44-…`, written blind with 41–43, 45 and 46): test only, a fresh measure of the twelfth round's final engine. */
export const BATCH_44_PREFIX = 'b44-';
export const BATCH_45_PREFIX = 'b45-';
export const BATCH_46_PREFIX = 'b46-';
/** Batches 48, 49, 51 and 52 (ids `b48-…`, `b49-…`, `b51-…`, `b52-…`, written blind on 2026-12-02 as a thirteenth round
 * began, with batches 47 and 50): dev only, joined before that round's tuning. */
export const BATCH_48_PREFIX = 'b48-';
export const BATCH_49_PREFIX = 'b49-';
/** Batch 50 (ids `b50-…`, written blind with 47–49, 51 and 52): the validation set of the thirteenth round's merges (totals only), then dev only. */
export const BATCH_50_PREFIX = 'b50-';
/** Batch 47 (ids `b47-…`, written blind with 48–52): test only, a fresh measure of the thirteenth round's final engine. */
export const BATCH_47_PREFIX = 'b47-';
export const BATCH_51_PREFIX = 'b51-';
export const BATCH_52_PREFIX = 'b52-';
/** Batches 55, 56 and 57 (ids `b55-…`, `b56-…`, `b57-…`, written blind on 2026-12-02 as a fourteenth round began, with
 * batches 53 and 54): dev only, joined before that round's tuning. */
export const BATCH_55_PREFIX = 'b55-';
export const BATCH_56_PREFIX = 'b56-';
export const BATCH_57_PREFIX = 'b57-';
/** Batch 54 (ids `b54-…`, written blind with 53 and 55–57): the validation set of the fourteenth round's merges (totals only), then dev only. */
export const BATCH_54_PREFIX = 'b54-';
/** Batch 53 (ids `b53-…`, written blind with 54–57): test only, a fresh measure of the fourteenth round's final engine. */
export const BATCH_53_PREFIX = 'b53-';
/** Batches 60 and 61 (ids `b60-…`, `b61-…`, written blind on 2026-12-02 as a fifteenth round began, with batches 58 and
 * 59): dev only, joined before that round's tuning. */
export const BATCH_60_PREFIX = 'b60-';
export const BATCH_61_PREFIX = 'b61-';
/** Batch 62 (ids `b62-…`, written blind on 2026-12-02 as a sixteenth round began, with batch 63): test only, a fresh measure. */
export const BATCH_62_PREFIX = 'b62-';
/** Batch 63 (ids `b63-…`, written blind with batch 62; near-topic questions): the sixteenth round's validation set (totals only), then dev only. */
export const BATCH_63_PREFIX = 'b63-';
/** Batch 64 (ids `b64-…`, written blind on 2026-12-03 as a seventeenth round began, with batch 65): test only, a fresh measure. */
export const BATCH_64_PREFIX = 'b64-';
/** Batch 65 (ids `b65-…`, written blind with batch 64; near-topic questions): the seventeenth round's validation set (totals only), then dev only. */
export const BATCH_65_PREFIX = 'b65-';
/** Batch 66 (ids `b66-…`, written blind on 2026-12-03 as an eighteenth round began, with batch 67; near-topic questions): the round's validation set (totals only), then dev only. */
export const BATCH_66_PREFIX = 'b66-';
/** Batch 68 (ids `b68-…`, written blind on 2026-12-03 during the eighteenth round; plain questions): the round's second validation set (totals only), then dev only. */
export const BATCH_68_PREFIX = 'b68-';
/** Batch 67 (ids `b67-…`, written blind on 2026-12-03 as an eighteenth round began, with batch 66): test only, a fresh measure. */
export const BATCH_67_PREFIX = 'b67-';
/** Batch 69 (ids `b69-…`, written blind on 2026-12-03 as a nineteenth round began, with batches 70 and 71; plain questions): test only, a fresh measure. */
export const BATCH_69_PREFIX = 'b69-';
/** Batch 70 (ids `b70-…`, written blind with batch 69; near-topic questions): the nineteenth round's validation set for declines (totals only), then dev only. */
export const BATCH_70_PREFIX = 'b70-';
/** Batch 71 (ids `b71-…`, written blind with batch 69; plain questions weighted to false premises and comparisons): the round's validation set for answers (totals only), then dev only. */
export const BATCH_71_PREFIX = 'b71-';
/** Batch 72 (ids `b72-…`, written blind on 2026-12-03 as the twentieth round began; plain questions of newsrooms not used before): test only, a fresh measure. */
export const BATCH_72_PREFIX = 'b72-';
/** Batch 73 (ids `b73-…`, written blind with batch 72; near-topic questions): the twentieth round's validation set for declines (totals only), then dev only. */
export const BATCH_73_PREFIX = 'b73-';
/** Batch 74 (ids `b74-…`, written blind with batch 72; weighted to who signed and to figures): the round's validation set for names (totals only), then dev only. */
export const BATCH_74_PREFIX = 'b74-';
/** Batch 75 (ids `b75-…`, written blind on 2026-12-03 as the twentieth round began; near-topic questions of a tech and a legal desk): dev only. */
export const BATCH_75_PREFIX = 'b75-';
/** Batch 76 (ids `b76-…`, written blind with batch 75; near-topic questions typed fast by a culture desk and a TV news team): dev only. */
export const BATCH_76_PREFIX = 'b76-';
/** Batch 77 (ids `b77-…`, written blind with batch 75; editors checking a draft, weighted to false premises, numbers and comparisons): dev only. */
export const BATCH_77_PREFIX = 'b77-';
/** Batch 78 (ids `b78-…`, written blind with batch 75; plain questions of a general newsroom on a busy day, first-time users' wordings): dev only. */
export const BATCH_78_PREFIX = 'b78-';
/** Batch 79 (ids `b79-…`, written blind with batch 75; near-topic questions of a politics and a media-business desk about what followed the letter): dev only. */
export const BATCH_79_PREFIX = 'b79-';
/** Batch 82 (ids `b82-…`, written blind on 2026-12-03 as the twenty-first round began; chat typed in a hurry: names, very short questions, texting-style French): dev only, so the round's tuners see it. */
export const BATCH_82_PREFIX = 'b82-';
/** Batch 83 (ids `b83-…`, written blind with batch 82; questions to decline written beside answerable twins): dev only, so the round's tuners see it. */
export const BATCH_83_PREFIX = 'b83-';
/** Batch 80 (ids `b80-…`, written blind with batch 82; near-topic questions): the twenty-first round's validation set for declines (totals only), then dev only. */
export const BATCH_80_PREFIX = 'b80-';
/** Batch 81 (ids `b81-…`, written blind with batch 82; plain questions of newsrooms not used before): test only, a fresh measure. */
export const BATCH_81_PREFIX = 'b81-';
/** Batch 86 (ids `b86-…`, written blind on 2026-12-03 as the twenty-second round began; journalists mid-task: long framed questions, two in one, checks of a draft): dev only, so the round's tuners see it. */
export const BATCH_86_PREFIX = 'b86-';
/** Batch 87 (ids `b87-…`, written blind with batch 86; people and names: did X sign in odd forms, lists by role, who did what): dev only, so the round's tuners see it. */
export const BATCH_87_PREFIX = 'b87-';
/** Batch 85 (ids `b85-…`, written blind with batch 86; questions to decline, most near-topic, beside answerable twins): the twenty-second round's validation set for declines (totals only), then dev only. */
export const BATCH_85_PREFIX = 'b85-';
/** Batch 84 (ids `b84-…`, written blind with batch 86; plain, balanced questions): test only, a fresh measure. */
export const BATCH_84_PREFIX = 'b84-';
/** Batch 90 (ids `b90-…`, written blind on 2026-12-03 as the twenty-third round began; the hard kinds: false premises, comparisons, number checks, quotes, lists): dev only. */
export const BATCH_90_PREFIX = 'b90-';
/** Batch 89 (ids `b89-…`, written blind with batch 90; questions to decline, most near-topic, beside answerable twins): the twenty-third round's validation set for declines (totals only), then dev only. */
export const BATCH_89_PREFIX = 'b89-';
/** Batch 88 (ids `b88-…`, written blind with batch 90; plain, balanced questions of newsrooms not used before): test only, a fresh measure. */
export const BATCH_88_PREFIX = 'b88-';
/** Batch 91 (ids `b91-…`, written blind with batch 90; readers' questions forwarded by a social team and a newsroom's Slack in a hurry: bare names, SMS French, emoji): dev only. */
export const BATCH_91_PREFIX = 'b91-';
/** Batch 94 (ids `b94-…`, written blind on 2026-12-04 as the twenty-fourth round began; a fact-checking desk checking a draft: "our copy says…", comparisons, number checks, quotes): dev only. */
export const BATCH_94_PREFIX = 'b94-';
/** Batch 95 (ids `b95-…`, written blind with batch 94; a culture and a tech desk: questions to decline beside answerable twins about the same people and companies, chatter): dev only. */
export const BATCH_95_PREFIX = 'b95-';
/** Batch 96 (ids `b96-…`, written blind on 2026-12-04 as the twenty-fourth round closed; a US regional paper's evening desk and a Swiss and Belgian francophone wire desk): test only, a fresh measure. */
export const BATCH_96_PREFIX = 'b96-';
/** Batch 97 (ids `b97-…`, written blind with batch 96; a talk-show producer, a podcast researcher, journalism students and a radio culture show): test only, a fresh measure. */
export const BATCH_97_PREFIX = 'b97-';
/** Batch 98 (ids `b98-…`, written blind on 2026-12-04 as the twenty-fifth round began; a US local TV morning-show producer and a Québec public radio newsroom): dev only. */
export const BATCH_98_PREFIX = 'b98-';
/** Batch 99 (ids `b99-…`, written blind with batch 98; an entertainment trade reporter's Slack messages and a French weekly culture magazine's web desk): dev only. */
export const BATCH_99_PREFIX = 'b99-';
/** Batch 100 (ids `b100-…`, written blind with batch 98; a fact-check team checking viral claims and a French regional daily's night desk on a phone): dev only. */
export const BATCH_100_PREFIX = 'b100-';
/** Batch 101 (ids `b101-…`, written blind with batch 98; a newsletter editor, a first-day intern, a Belgian TV desk and a Swiss daily): test only, a fresh measure. */
export const BATCH_101_PREFIX = 'b101-';
/** Batch 102 (ids `b102-…`, written blind as the twenty-fifth round closed; a European broadcaster's English desk, a podcast host, a French daily's live blog and a fact-checking workshop): test only, a fresh measure of the round's final engine. */
export const BATCH_102_PREFIX = 'b102-';
/** Batch 103 (ids `b103-…`, written blind as the twenty-sixth round began; a night-shift wire editor and a French AFP desk, terse and hurried): dev only. */
export const BATCH_103_PREFIX = 'b103-';
/** Batch 104 (ids `b104-…`, written blind with batch 103; a US local paper's culture desk and Belgian, Swiss and Québec fact-checkers): dev only. */
export const BATCH_104_PREFIX = 'b104-';
/** Batch 105 (ids `b105-…`, written blind with batch 103; a Discord server of entertainment journalists and film students): dev only. */
export const BATCH_105_PREFIX = 'b105-';
/** Batch 106 (ids `b106-…`, written blind with batch 103; a TV news producer and a social-media team preparing explainers): test only, a fresh measure. */
export const BATCH_106_PREFIX = 'b106-';
/** Batch 107 (ids `b107-…`, written blind during the twenty-sixth round; a magazine's research department and a French radio morning team): test only, a fresh measure. */
export const BATCH_107_PREFIX = 'b107-';
/** Batch 108 (ids `b108-…`, written blind with batch 107; readers' questions relayed by a desk and a French-speaking West and Central African news site): test only, a fresh measure. */
export const BATCH_108_PREFIX = 'b108-';
/** Batch 109 (ids `b109-…`, written blind as the twenty-seventh round began; a US news website's evening desk and a Maghreb French-language news site's culture team): dev only. */
export const BATCH_109_PREFIX = 'b109-';
/** Batch 110 (ids `b110-…`, written blind with batch 109; a British broadcaster's digital team, a Lyon daily's web desk and a Paris business weekly): dev only. */
export const BATCH_110_PREFIX = 'b110-';
/** Batch 111 (ids `b111-…`, written blind with batch 109; an Australian entertainment desk, an Indian daily's fact-checker, a Québec TV newsroom and a Swiss radio): test only, a fresh measure. */
export const BATCH_111_PREFIX = 'b111-';
/** Batch 112 (ids `b112-…`, written blind with batch 109; a standards editor checking a draft, a French public TV evening news team and a Belgian radio's website): test only, a fresh measure. */
export const BATCH_112_PREFIX = 'b112-';
/** Batch 113 (ids `b113-…`, written blind as the twenty-eighth round began; a European wire service's English desk in Brussels and a Montréal daily's arts section): dev only. */
export const BATCH_113_PREFIX = 'b113-';
/** Batch 114 (ids `b114-…`, written blind with batch 113; an American podcast's research producer and a western-France regional daily's night desk): dev only. */
export const BATCH_114_PREFIX = 'b114-';
/** Batch 115 (ids `b115-…`, written blind with batch 113; a Hollywood trade paper's copy desk and a Paris journalism school's fact-checking class): dev only. */
export const BATCH_115_PREFIX = 'b115-';
/** Batch 116 (ids `b116-…`, written blind with batch 113; a social-media verification team answering readers and Swiss and Luxembourg French-language web desks): dev only. */
export const BATCH_116_PREFIX = 'b116-';
/** Batch 117 (ids `b117-…`, written blind during the twenty-eighth round; a US network's English-language digital desk in Miami and a French wire agency's morning supervisor): test only, a fresh measure of the round's final engine. */
export const BATCH_117_PREFIX = 'b117-';
/** Batch 118 (ids `b118-…`, written blind with batch 117; a UK tabloid's showbiz desk and a French public radio's culture programme): test only, a fresh measure. */
export const BATCH_118_PREFIX = 'b118-';
/** Batch 119 (ids `b119-…`, written blind as the twenty-ninth round began; a Washington tech-policy newsletter's editor and a French public TV documentary series' researcher, long questions with context first): dev only. */
export const BATCH_119_PREFIX = 'b119-';
/** Batch 120 (ids `b120-…`, written blind with batch 119; an Irish daily's night desk and an Acadian French-language daily): dev only. */
export const BATCH_120_PREFIX = 'b120-';
/** Batch 121 (ids `b121-…`, written blind with batch 119; a university student paper's arts editor and a Paris news weekly's culture department): dev only. */
export const BATCH_121_PREFIX = 'b121-';
/** Batch 122 (ids `b122-…`, written blind with batch 119; a legal-affairs reporter on AI and copyright litigation and a Geneva correspondent for a Swiss French-language daily): dev only. */
export const BATCH_122_PREFIX = 'b122-';
/** Batch 123 (ids `b123-…`, written blind with batch 119 and never shown to a tuner; a Singapore daily's tech desk and a French regional public TV newsroom): test only, a fresh measure of the round's final engine. */
export const BATCH_123_PREFIX = 'b123-';
/** Batch 124 (ids `b124-…`, written blind with batch 119 and never shown to a tuner; a Nairobi pan-African site's entertainment and tech desk and a French financial daily's markets and media desk): test only, a fresh measure. */
export const BATCH_124_PREFIX = 'b124-';
/** Batch 125 (ids `b125-…`, written blind as the thirtieth round began; a Canadian public broadcaster's arts producer and a Quebec daily's culture desk): dev only. */
export const BATCH_125_PREFIX = 'b125-';
/** Batch 126 (ids `b126-…`, written blind with batch 125; an Australian breakfast TV producer and a Belgian French-language daily's web desk): dev only. */
export const BATCH_126_PREFIX = 'b126-';
/** Batch 127 (ids `b127-…`, written blind with batch 125; a US wire service's AI business reporter and a French tech news site): dev only. */
export const BATCH_127_PREFIX = 'b127-';
/** Batch 128 (ids `b128-…`, written blind with batch 125; a British broadsheet's media correspondent and a Dakar or Casablanca culture and tech site): dev only. */
export const BATCH_128_PREFIX = 'b128-';
/** Batch 129 (ids `b129-…`, written blind with batch 125 and never shown to a tuner; an Indian English-language entertainment portal and a western-France regional daily's weekend desk): test only, a fresh measure of the round's final engine. */
export const BATCH_129_PREFIX = 'b129-';
/** Batch 130 (ids `b130-…`, written blind with batch 125 and never shown to a tuner; a US local TV station's digital producer and a French music magazine): test only, a fresh measure. */
export const BATCH_130_PREFIX = 'b130-';
/** Batch 131 (ids `b131-…`, written blind as the thirty-first round began; a New Zealand news site's entertainment desk and a Swiss French-language public radio's culture show): dev only. */
export const BATCH_131_PREFIX = 'b131-';
/** Batch 132 (ids `b132-…`, written blind with batch 131; a US entertainment trade paper's labour reporter and a Paris daily's economics desk): dev only. */
export const BATCH_132_PREFIX = 'b132-';
/** Batch 133 (ids `b133-…`, written blind with batch 131; an Irish public broadcaster's fact-check unit and a French overseas (Antilles or Réunion) daily): dev only. */
export const BATCH_133_PREFIX = 'b133-';
/** Batch 134 (ids `b134-…`, written blind with batch 131; a South African news site's tech desk and a Lyon regional daily's culture pages): dev only. */
export const BATCH_134_PREFIX = 'b134-';
/** Batch 135 (ids `b135-…`, written blind with batch 131 and never shown to a tuner; a US podcast producer preparing a screenwriter interview and a French news agency's fact-checking desk): test only, a fresh measure of the round's final engine. */
export const BATCH_135_PREFIX = 'b135-';
/** Batch 136 (ids `b136-…`, written blind with batch 131 and never shown to a tuner; a Hong Kong business paper's tech and media desk and a Montreal college radio newsroom): test only, a fresh measure. */
export const BATCH_136_PREFIX = 'b136-';
/** Batch 137 (ids `b137-…`, written blind as the thirty-third round began; a German public broadcaster's English-language service and a Belgian public radio's morning show): dev only. */
export const BATCH_137_PREFIX = 'b137-';
/** Batch 138 (ids `b138-…`, written blind with batch 137; a US late-night comedy show's research team and a Marseille daily's culture desk): dev only. */
export const BATCH_138_PREFIX = 'b138-';
/** Batch 139 (ids `b139-…`, written blind with batch 137; a Lagos entertainment and tech site and an Abidjan radio newsroom): dev only. */
export const BATCH_139_PREFIX = 'b139-';
/** Batch 140 (ids `b140-…`, written blind with batch 137; an AI-startup industry newsletter and a Paris parliamentary press-gallery reporter on tech law): dev only. */
export const BATCH_140_PREFIX = 'b140-';
/** Batch 141 (ids `b141-…`, written blind with batch 137 and never shown to a tuner; a Scottish daily's arts desk and a Toulouse regional TV newsroom): test only, a fresh measure. */
export const BATCH_141_PREFIX = 'b141-';
/** Batch 142 (ids `b142-…`, written blind with batch 137 and never shown to a tuner; a Canadian English-language wire's entertainment reporter and a Lyon student radio): test only, a fresh measure. */
export const BATCH_142_PREFIX = 'b142-';
/** Batch 143 (ids `b143-…`, written blind as the thirty-fourth round began; a Spanish news agency's English-language wire service and a Geneva daily's culture desk): dev only. */
export const BATCH_143_PREFIX = 'b143-';
/** Batch 144 (ids `b144-…`, written blind as the thirty-fourth round began; a US Sunday magazine's fact-checking department and a French public radio's weekly media show): dev only. */
export const BATCH_144_PREFIX = 'b144-';
/** Batch 145 (ids `b145-…`, written blind with batch 143 and never shown to a tuner; an Australian tech podcast's producers and a Quebec TV arts show's research team): test only, a fresh measure. */
export const BATCH_145_PREFIX = 'b145-';
/** Batch 146 (ids `b146-…`, written blind with batch 143 and never shown to a tuner; a British regional paper's arts reviewer and a Brussels EU-affairs news site in French): test only, a fresh measure. */
export const BATCH_146_PREFIX = 'b146-';
/** Batch 147 (ids `b147-…`, written blind as the thirty-fifth round began and never shown to a tuner; an Indian English-language entertainment portal and a Casablanca news site's culture section): test only, the round's fresh measure. */
export const BATCH_147_PREFIX = 'b147-';
/** Batch 148 (ids `b148-…`, written blind with batch 147; an Irish broadcaster's late-night radio news desk and a Lyon regional daily's web team and film critic): the round's tuners' validation batch (totals only), then dev only. */
export const BATCH_148_PREFIX = 'b148-';
/** Batch 149 (ids `b149-…`, written blind as the thirty-sixth round began and never shown to a tuner; a Lagos entertainment and film-industry news site and a Geneva public radio's culture desk): test only, the round's fresh measure. */
export const BATCH_149_PREFIX = 'b149-';
/** Batch 150 (ids `b150-…`, written blind with batch 149; an Australian commercial TV network's entertainment producer and a Toulouse regional daily's web desk and film-club newsletter): the round's tuners' validation batch (totals only), then dev only. */
export const BATCH_150_PREFIX = 'b150-';
/** Batch 151 (ids `b151-…`, written blind as the thirty-seventh round began and never shown to a tuner; a Dublin radio station's arts producer and a Johannesburg business daily's tech desk in English, a Montreal weekly's culture section and a Marseille local TV newsroom in French): test only, the round's fresh measure. */
export const BATCH_151_PREFIX = 'b151-';
/** Batch 152 (ids `b152-…`, written blind as the thirty-eighth round began and never shown to a tuner; a Toronto daily's entertainment reporter and a Singapore business wire's media-and-technology desk in English, a Brussels daily's culture desk and a Dakar news site's tech section in French): test only, the round's fresh measure. */
export const BATCH_152_PREFIX = 'b152-';
/** Batch 153 (ids `b153-…`, written blind as the thirty-ninth round began and never shown to a tuner; a US public-radio producer and a London film-trade weekly's sub-editor in English, a Montreal radio newsroom and a Lyon regional daily's fact-check desk in French): test only, the round's fresh measure. */
export const BATCH_153_PREFIX = 'b153-';
/** Batch 154 (ids `b154-…`, written blind as the fortieth round began and never shown to a tuner; a Toronto public broadcaster's digital desk and a Sydney wire service's night editor in English, a Brussels public radio's web newsroom and a Geneva daily's fact-checker in French): test only, the round's fresh measure. */
export const BATCH_154_PREFIX = 'b154-';
/** Batch 155 (ids `b155-…`, written blind with batch 154; a Mumbai entertainment portal's editor and a Cork local radio's presenter-researcher in English, a Paris celebrity weekly and a Dakar/Abidjan news site in French): the round's tuners' validation batch (totals only), then dev only. */
export const BATCH_155_PREFIX = 'b155-';
/** Batches 156 and 157 (ids `b156-…`, `b157-…`, written blind as the forty-fifth round began, weighted toward the kinds the test split still gets wrong; a New York trade paper's AI-beat reporter, a BBC regional radio researcher, a Paris national radio's morning show and a Québec TV culture desk; a Delhi daily's film desk, a US wire fact-check desk, a Lausanne online daily and a Liège regional TV web desk): dev only, more unseen wordings of those kinds for the tuners and the examples /ask learns from. */
export const BATCH_156_PREFIX = 'b156-';
export const BATCH_157_PREFIX = 'b157-';
/** Batches 158 and 159 (ids `b158-…`, `b159-…`, written blind as the forty-sixth round began, weighted toward facts, false premises and comparisons, the kinds with most of the test split's wrong answers; a Chicago alt-weekly's arts editor, a Johannesburg radio news desk, a Toulouse regional daily's culture desk and an Acadian radio's web desk in Moncton; a Dublin daily's culture sub-editor, a Los Angeles local TV news producer, a Marseille news site and a Fort-de-France radio newsroom): dev only, more unseen wordings for the tuners and the examples /ask learns from. */
export const BATCH_158_PREFIX = 'b158-';
export const BATCH_159_PREFIX = 'b159-';
/** Batches 160 and 161 (ids `b160-…`, `b161-…`, written blind as the forty-seventh round began, weighted as batches 158–159; a Toronto wire service's fact-checking desk, a Brussels public radio culture desk, a Sydney tabloid's entertainment desk and a Geneva daily's web desk with a Lyon regional TV newsroom): dev only, more unseen wordings for the tuners and the examples /ask learns from. */
export const BATCH_160_PREFIX = 'b160-';
export const BATCH_161_PREFIX = 'b161-';
/** Batches 162 and 163 (ids `b162-…`, `b163-…`, written blind as the fiftieth round began, weighted as batches 158–161; an Australian public radio arts desk, a Washington tech-policy newsletter, a Lyon daily's culture desk and a Brussels public TV web desk; a Toronto daily's fact-check desk, a London showbiz desk, a Montreal news radio and an Abidjan news site's culture desk): dev only. */
export const BATCH_162_PREFIX = 'b162-';
export const BATCH_163_PREFIX = 'b163-';
/** Batches 164 and 165 (ids `b164-…`, `b165-…`, written blind as the fifty-first round began, weighted as batches 158–163; a New York film-business trade paper's legal desk, an Irish national broadcaster's online desk, a Paris national radio's morning show and a Geneva daily's culture desk; a Los Angeles local TV station's web desk, a Singapore daily's tech desk, a Marseille regional daily and a Dakar news site's culture desk): dev only. */
export const BATCH_164_PREFIX = 'b164-';
export const BATCH_165_PREFIX = 'b165-';
/** Batches 166 and 167 (ids `b166-…`, `b167-…`, written blind as the fifty-second round began, weighted as batches 158–165; a Toronto public broadcaster's arts desk, a Sydney wire service's entertainment desk, a Brussels public broadcaster's online newsroom and a Lyon regional daily's fact-check desk; a London tabloid's showbiz desk, a Mumbai business daily's technology desk, a Montreal daily's arts desk and a Paris tech-news site's newsroom): dev only. */
export const BATCH_166_PREFIX = 'b166-';
export const BATCH_167_PREFIX = 'b167-';
export const BATCH_168_PREFIX = 'b168-';
export const BATCH_169_PREFIX = 'b169-';
/** Batches 170 and 171 (ids `b170-…`, `b171-…`, written blind as the fifty-fourth round began, weighted as batches 158–169; a Toronto business daily's media-and-tech reporter, a London tabloid's showbiz night editor, a Lyon daily's culture journalist and a Belgian public radio's web editor; a Sydney wire service's sub-editor, a New York podcast network's fact-checker, a Marseille regional TV newsroom's producer and a Dakar news site's tech journalist): dev only. */
export const BATCH_170_PREFIX = 'b170-';
export const BATCH_171_PREFIX = 'b171-';
/** Batches 172 and 173 (ids `b172-…`, `b173-…`, written blind as the fifty-fifth round began, weighted as batches 158–171; a Toronto wire service's night editor, a Los Angeles trade-press intern, a Lyon local radio's culture freelancer and a Belgian regional daily's sub-editor; a Sydney digital outlet's fact-checker, a Nairobi entertainment blogger, a Québec news site's journalist and a Paris news channel's archivist): dev only. */
export const BATCH_172_PREFIX = 'b172-';
export const BATCH_173_PREFIX = 'b173-';
/** Batch 174 (ids `b174-…`, written blind as the fifty-sixth round began, weighted as batches 158–173; a Toronto wire service's fact-checker, a London podcast producer, a Lyon regional daily's sub-editor and a Marseille radio freelancer): dev only. */
export const BATCH_174_PREFIX = 'b174-';
/** Batch 175 (ids `b175-…`, written blind as the fifty-seventh round began, weighted as batches 158–174; a London wire service's fact-checker, a Los Angeles podcast producer, a Belgian public radio's web editor and a sports-desk trainee moved to culture): dev only. */
export const BATCH_175_PREFIX = 'b175-';

/**
 * Batches in the order they were written: which ids belong to each, the seed its split uses and the share it sends
 * to dev (DEV_RATIO for batches 1 and 2; DEV_ONLY_RATIO for batches 3 and 5, which are dev only, and TEST_ONLY_RATIO
 * for batch 4, which is test only, so none of these three uses its seed).
 */
export const BATCHES: readonly { name: string; has: (id: string) => boolean; seed: number; ratio: number }[] = [
  { name: 'batch 1', has: (id) => !/^b\d+-/.test(id), seed: SEED, ratio: DEV_RATIO },
  { name: 'batch 2', has: (id) => id.startsWith('b2-'), seed: SEED_BATCH_2, ratio: DEV_RATIO },
  { name: 'batch 3 (dev only)', has: (id) => id.startsWith('b3-'), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 4 (test only)', has: (id) => id.startsWith('b4-'), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 5 (dev only)', has: (id) => id.startsWith(BATCH_5_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 6 (dev only)', has: (id) => id.startsWith(BATCH_6_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 7 (test only)', has: (id) => id.startsWith(BATCH_7_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 8 (dev only)', has: (id) => id.startsWith(BATCH_8_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 9 (test only)', has: (id) => id.startsWith(BATCH_9_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 10 (dev only)', has: (id) => id.startsWith(BATCH_10_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 11 (test only)', has: (id) => id.startsWith(BATCH_11_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 12 (test only)', has: (id) => id.startsWith(BATCH_12_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 13 (dev only)', has: (id) => id.startsWith(BATCH_13_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 14 (test only)', has: (id) => id.startsWith(BATCH_14_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 15 (dev only)', has: (id) => id.startsWith(BATCH_15_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 16 (dev only)', has: (id) => id.startsWith(BATCH_16_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 17 (dev only)', has: (id) => id.startsWith(BATCH_17_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 18 (test only)', has: (id) => id.startsWith(BATCH_18_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 19 (dev only)', has: (id) => id.startsWith(BATCH_19_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 20 (dev only)', has: (id) => id.startsWith(BATCH_20_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 21 (dev only)', has: (id) => id.startsWith(BATCH_21_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 22 (dev only)', has: (id) => id.startsWith(BATCH_22_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 23 (dev only)', has: (id) => id.startsWith(BATCH_23_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 24 (test only)', has: (id) => id.startsWith(BATCH_24_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 25 (dev only)', has: (id) => id.startsWith(BATCH_25_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 26 (dev only)', has: (id) => id.startsWith(BATCH_26_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 27 (test only)', has: (id) => id.startsWith(BATCH_27_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 28 (dev only)', has: (id) => id.startsWith(BATCH_28_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 29 (dev only)', has: (id) => id.startsWith(BATCH_29_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 30 (dev only)', has: (id) => id.startsWith(BATCH_30_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 31 (dev only)', has: (id) => id.startsWith(BATCH_31_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 32 (test only)', has: (id) => id.startsWith(BATCH_32_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 33 (dev only)', has: (id) => id.startsWith(BATCH_33_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 34 (dev only)', has: (id) => id.startsWith(BATCH_34_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 35 (dev only)', has: (id) => id.startsWith(BATCH_35_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 36 (test only)', has: (id) => id.startsWith(BATCH_36_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 37 (dev only)', has: (id) => id.startsWith(BATCH_37_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 38 (dev only)', has: (id) => id.startsWith(BATCH_38_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 39 (dev only)', has: (id) => id.startsWith(BATCH_39_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 40 (test only)', has: (id) => id.startsWith(BATCH_40_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 41 (dev only)', has: (id) => id.startsWith(BATCH_41_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 42 (dev only)', has: (id) => id.startsWith(BATCH_42_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 43 (dev only)', has: (id) => id.startsWith(BATCH_43_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 44 (test only)', has: (id) => id.startsWith(BATCH_44_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 45 (dev only)', has: (id) => id.startsWith(BATCH_45_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 46 (dev only)', has: (id) => id.startsWith(BATCH_46_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 47 (test only)', has: (id) => id.startsWith(BATCH_47_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 48 (dev only)', has: (id) => id.startsWith(BATCH_48_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 49 (dev only)', has: (id) => id.startsWith(BATCH_49_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 50 (dev only)', has: (id) => id.startsWith(BATCH_50_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 51 (dev only)', has: (id) => id.startsWith(BATCH_51_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 52 (dev only)', has: (id) => id.startsWith(BATCH_52_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 55 (dev only)', has: (id) => id.startsWith(BATCH_55_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 56 (dev only)', has: (id) => id.startsWith(BATCH_56_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 57 (dev only)', has: (id) => id.startsWith(BATCH_57_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 53 (test only)', has: (id) => id.startsWith(BATCH_53_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 60 (dev only)', has: (id) => id.startsWith(BATCH_60_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 61 (dev only)', has: (id) => id.startsWith(BATCH_61_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 62 (test only)', has: (id) => id.startsWith(BATCH_62_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 63 (dev only)', has: (id) => id.startsWith(BATCH_63_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 64 (test only)', has: (id) => id.startsWith(BATCH_64_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 65 (dev only)', has: (id) => id.startsWith(BATCH_65_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 66 (dev only)', has: (id) => id.startsWith(BATCH_66_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 67 (test only)', has: (id) => id.startsWith(BATCH_67_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 68 (dev only)', has: (id) => id.startsWith(BATCH_68_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 69 (test only)', has: (id) => id.startsWith(BATCH_69_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 70 (dev only)', has: (id) => id.startsWith(BATCH_70_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 71 (dev only)', has: (id) => id.startsWith(BATCH_71_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 72 (test only)', has: (id) => id.startsWith(BATCH_72_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 73 (dev only)', has: (id) => id.startsWith(BATCH_73_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 74 (dev only)', has: (id) => id.startsWith(BATCH_74_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 75 (dev only)', has: (id) => id.startsWith(BATCH_75_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 76 (dev only)', has: (id) => id.startsWith(BATCH_76_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 77 (dev only)', has: (id) => id.startsWith(BATCH_77_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 78 (dev only)', has: (id) => id.startsWith(BATCH_78_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 79 (dev only)', has: (id) => id.startsWith(BATCH_79_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 82 (dev only)', has: (id) => id.startsWith(BATCH_82_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 83 (dev only)', has: (id) => id.startsWith(BATCH_83_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 80 (dev only)', has: (id) => id.startsWith(BATCH_80_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 81 (test only)', has: (id) => id.startsWith(BATCH_81_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 86 (dev only)', has: (id) => id.startsWith(BATCH_86_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 87 (dev only)', has: (id) => id.startsWith(BATCH_87_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 85 (dev only)', has: (id) => id.startsWith(BATCH_85_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 84 (test only)', has: (id) => id.startsWith(BATCH_84_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 90 (dev only)', has: (id) => id.startsWith(BATCH_90_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 91 (dev only)', has: (id) => id.startsWith(BATCH_91_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 89 (dev only)', has: (id) => id.startsWith(BATCH_89_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 88 (test only)', has: (id) => id.startsWith(BATCH_88_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 94 (dev only)', has: (id) => id.startsWith(BATCH_94_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 95 (dev only)', has: (id) => id.startsWith(BATCH_95_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 96 (test only)', has: (id) => id.startsWith(BATCH_96_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 97 (test only)', has: (id) => id.startsWith(BATCH_97_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 98 (dev only)', has: (id) => id.startsWith(BATCH_98_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 99 (dev only)', has: (id) => id.startsWith(BATCH_99_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 100 (dev only)', has: (id) => id.startsWith(BATCH_100_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 101 (test only)', has: (id) => id.startsWith(BATCH_101_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 102 (test only)', has: (id) => id.startsWith(BATCH_102_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 103 (dev only)', has: (id) => id.startsWith(BATCH_103_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 104 (dev only)', has: (id) => id.startsWith(BATCH_104_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 105 (dev only)', has: (id) => id.startsWith(BATCH_105_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 106 (test only)', has: (id) => id.startsWith(BATCH_106_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 107 (test only)', has: (id) => id.startsWith(BATCH_107_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 108 (test only)', has: (id) => id.startsWith(BATCH_108_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 109 (dev only)', has: (id) => id.startsWith(BATCH_109_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 110 (dev only)', has: (id) => id.startsWith(BATCH_110_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 111 (test only)', has: (id) => id.startsWith(BATCH_111_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 112 (test only)', has: (id) => id.startsWith(BATCH_112_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 113 (dev only)', has: (id) => id.startsWith(BATCH_113_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 114 (dev only)', has: (id) => id.startsWith(BATCH_114_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 115 (dev only)', has: (id) => id.startsWith(BATCH_115_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 116 (dev only)', has: (id) => id.startsWith(BATCH_116_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 117 (test only)', has: (id) => id.startsWith(BATCH_117_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 118 (test only)', has: (id) => id.startsWith(BATCH_118_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 119 (dev only)', has: (id) => id.startsWith(BATCH_119_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 120 (dev only)', has: (id) => id.startsWith(BATCH_120_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 121 (dev only)', has: (id) => id.startsWith(BATCH_121_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 122 (dev only)', has: (id) => id.startsWith(BATCH_122_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 123 (test only)', has: (id) => id.startsWith(BATCH_123_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 124 (test only)', has: (id) => id.startsWith(BATCH_124_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 125 (dev only)', has: (id) => id.startsWith(BATCH_125_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 126 (dev only)', has: (id) => id.startsWith(BATCH_126_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 127 (dev only)', has: (id) => id.startsWith(BATCH_127_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 128 (dev only)', has: (id) => id.startsWith(BATCH_128_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 129 (test only)', has: (id) => id.startsWith(BATCH_129_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 130 (test only)', has: (id) => id.startsWith(BATCH_130_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 131 (dev only)', has: (id) => id.startsWith(BATCH_131_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 132 (dev only)', has: (id) => id.startsWith(BATCH_132_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 133 (dev only)', has: (id) => id.startsWith(BATCH_133_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 134 (dev only)', has: (id) => id.startsWith(BATCH_134_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 135 (test only)', has: (id) => id.startsWith(BATCH_135_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 136 (test only)', has: (id) => id.startsWith(BATCH_136_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 137 (dev only)', has: (id) => id.startsWith(BATCH_137_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 138 (dev only)', has: (id) => id.startsWith(BATCH_138_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 139 (dev only)', has: (id) => id.startsWith(BATCH_139_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 140 (dev only)', has: (id) => id.startsWith(BATCH_140_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 141 (test only)', has: (id) => id.startsWith(BATCH_141_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 142 (test only)', has: (id) => id.startsWith(BATCH_142_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 143 (dev only)', has: (id) => id.startsWith(BATCH_143_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 144 (dev only)', has: (id) => id.startsWith(BATCH_144_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 145 (test only)', has: (id) => id.startsWith(BATCH_145_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 146 (test only)', has: (id) => id.startsWith(BATCH_146_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 147 (test only)', has: (id) => id.startsWith(BATCH_147_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 148 (dev only)', has: (id) => id.startsWith(BATCH_148_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 149 (test only)', has: (id) => id.startsWith(BATCH_149_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 150 (dev only)', has: (id) => id.startsWith(BATCH_150_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 151 (test only)', has: (id) => id.startsWith(BATCH_151_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 152 (test only)', has: (id) => id.startsWith(BATCH_152_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 153 (test only)', has: (id) => id.startsWith(BATCH_153_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 154 (test only)', has: (id) => id.startsWith(BATCH_154_PREFIX), seed: 0, ratio: TEST_ONLY_RATIO },
  { name: 'batch 155 (dev only)', has: (id) => id.startsWith(BATCH_155_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 156 (dev only)', has: (id) => id.startsWith(BATCH_156_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 157 (dev only)', has: (id) => id.startsWith(BATCH_157_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 158 (dev only)', has: (id) => id.startsWith(BATCH_158_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 159 (dev only)', has: (id) => id.startsWith(BATCH_159_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 160 (dev only)', has: (id) => id.startsWith(BATCH_160_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 161 (dev only)', has: (id) => id.startsWith(BATCH_161_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 162 (dev only)', has: (id) => id.startsWith(BATCH_162_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 163 (dev only)', has: (id) => id.startsWith(BATCH_163_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 164 (dev only)', has: (id) => id.startsWith(BATCH_164_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 165 (dev only)', has: (id) => id.startsWith(BATCH_165_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 166 (dev only)', has: (id) => id.startsWith(BATCH_166_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 167 (dev only)', has: (id) => id.startsWith(BATCH_167_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 168 (dev only)', has: (id) => id.startsWith(BATCH_168_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 169 (dev only)', has: (id) => id.startsWith(BATCH_169_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 170 (dev only)', has: (id) => id.startsWith(BATCH_170_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 171 (dev only)', has: (id) => id.startsWith(BATCH_171_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 172 (dev only)', has: (id) => id.startsWith(BATCH_172_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 173 (dev only)', has: (id) => id.startsWith(BATCH_173_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 174 (dev only)', has: (id) => id.startsWith(BATCH_174_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 175 (dev only)', has: (id) => id.startsWith(BATCH_175_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
  { name: 'batch 54 (dev only)', has: (id) => id.startsWith(BATCH_54_PREFIX), seed: 0, ratio: DEV_ONLY_RATIO },
];

const DIR = join('test', 'fixtures', 'ask');

interface RawItem {
  id: string;
  lang: 'en' | 'fr';
  q: string;
  kind: string;
  note: string;
}


/** Ids going to dev: per (lang, kind) stratum, ids sorted, Fisher–Yates shuffled, first round(n × ratio). */
export function splitIds(items: readonly { id: string; lang: string; kind: string }[], seed = SEED, ratio = DEV_RATIO): Set<string> {
  const strata = new Map<string, string[]>();
  for (const item of items) {
    const key = `${item.lang}/${item.kind}`;
    strata.set(key, [...(strata.get(key) ?? []), item.id]);
  }
  const random = seededRandom(seed);
  const dev = new Set<string>();
  for (const key of [...strata.keys()].sort()) {
    const ids = [...(strata.get(key) ?? [])].sort();
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
    }
    for (const id of ids.slice(0, Math.round(ids.length * ratio))) dev.add(id);
  }
  return dev;
}

/** Ids going to dev across all batches: each batch split on its own by `splitIds` with its own seed and ratio. */
export function splitByBatch(items: readonly { id: string; lang: string; kind: string }[]): Set<string> {
  const dev = new Set<string>();
  for (const batch of BATCHES) for (const id of splitIds(items.filter((item) => batch.has(item.id)), batch.seed, batch.ratio)) dev.add(id);
  return dev;
}

function writeArray(path: string, items: readonly object[]): void {
  writeFileSync(path, `[\n${items.map((item) => ` ${JSON.stringify(item)}`).join(',\n')}\n]\n`);
}

function main(): void {
  const raw = JSON.parse(readFileSync(join(DIR, 'raw.json'), 'utf8')) as RawItem[];
  const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Record<string, unknown>;
  const missing = raw.filter((item) => labels[item.id] === undefined).map((item) => item.id);
  if (missing.length > 0) throw new Error(`unlabelled questions: ${missing.join(', ')}`);
  const labelled = raw.map(({ id, lang, q, kind, note }) => ({ id, lang, q, kind, expect: labels[id], note }));
  const dev = splitByBatch(raw);
  writeArray(join(DIR, 'dev.json'), labelled.filter((item) => dev.has(item.id)));
  writeArray(join(DIR, 'test.json'), labelled.filter((item) => !dev.has(item.id)));
  process.stdout.write(`dev ${dev.size}, test ${raw.length - dev.size} (seeds ${BATCHES.map((b) => `${b.name} ${b.seed}`).join(', ')})\n`);
}

if (require.main === module) main();
