/** A URL that may become a link in chat: http(s) only, parsed; null for anything else (javascript:, garbage…). */
export function httpUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
}
