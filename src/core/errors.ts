import type { MessageKey } from './i18n';

/** Stable codes of expected failures; each maps to polite FR/EN text (`error.<code>` in i18n). */
export type UserErrorCode =
  | 'input_empty'
  | 'input_too_long'
  | 'input_control'
  | 'input_mention'
  | 'input_no_text'
  | 'input_choice'
  | 'date_invalid'
  | 'date_range'
  | 'unknown_command'
  | 'unknown_option'
  | 'not_allowed'
  | 'page'
  | 'link_invalid'
  | 'alerts_unavailable'
  | 'alerts_broken_corrupt'
  | 'alerts_broken_unwritable'
  | 'alerts_broken_newer'
  | 'alerts_broken_other'
  | 'alert_send_where'
  | 'alert_text_missing';

/** An expected failure caused by the request (bad input, not allowed): shown to the user, not logged as a fault. */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: UserErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }

  get messageKey(): MessageKey {
    return `error.${this.code}`;
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: UserError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T>(code: UserErrorCode, params: Record<string, string | number> = {}): Result<T> => ({ ok: false, error: new UserError(code, params) });
