/** The `stopword` package ships no types; we use only its English and French lists. */
declare module 'stopword' {
  export const eng: readonly string[];
  export const fra: readonly string[];
}
