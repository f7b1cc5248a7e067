import { eng, fra } from 'stopword';
import { foldText } from '../text';

const english = new Set(eng.map((w) => foldText(w)));
const french = new Set(fra.map((w) => foldText(w)));

/** Stop words of the `stopword` package that are English and not French ("the", "did"), folded. */
export const englishOnlyStopwords: ReadonlySet<string> = new Set([...english].filter((w) => !french.has(w)));
/** Stop words of the `stopword` package that are French and not English ("les", "est"), folded. */
export const frenchOnlyStopwords: ReadonlySet<string> = new Set([...french].filter((w) => !english.has(w)));
