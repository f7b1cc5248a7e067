import { alertMessage, type AlertDelivery, type AlertSender, type SendOutcome } from '../../core/alerts';
import { makeReply } from '../../core/reply';
import { plainStyle, renderReply, type TerminalStyle } from './render';

/**
 * The local shell as an alert channel: `/alerts subscribe` in the terminal subscribes it (platform `shell`,
 * channel `shell`), and the worker prints each delivery into the chat, so the whole flow runs with no tokens.
 */
export class ShellAlertSink implements AlertSender {
  readonly platform = 'shell' as const;
  constructor(
    private readonly write: (text: string) => void,
    private readonly style: TerminalStyle = plainStyle,
  ) {}

  async send(delivery: AlertDelivery): Promise<SendOutcome> {
    const m = alertMessage(delivery);
    const reply = makeReply({ title: `🔔 ${m.title}`, text: m.text, sources: m.sources, tone: 'uncertain' });
    this.write(`\n${renderReply(reply, delivery.locale, this.style)}\n${this.style.dim(`  ${m.footer}`)}\n\n`);
    return { kind: 'sent', messageId: `shell-${delivery.id}` };
  }
}
