/**
 * Latency floor for the Discord benchmark: a bare discord.js client (Guilds intent only)
 * that answers every chat-input interaction with a fixed string. Anything our adapter adds
 * on top of this is our own overhead.
 */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { FakeDiscord } from './fake-discord';

export const FLOOR_REPLY = 'pong';

export interface FloorBot {
  client: Client<true>;
  /** Errors thrown while replying (should stay empty). */
  errors: unknown[];
  stop(): Promise<void>;
}

export async function startFloorBot(fake: FakeDiscord, reply: string = FLOOR_REPLY): Promise<FloorBot> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  const errors: unknown[] = [];
  client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    interaction.reply({ content: reply, allowedMentions: { parse: [] } }).catch((error: unknown) => {
      errors.push(error);
    });
  });
  const ready = once(client, Events.ClientReady);
  ready.catch(() => undefined); // awaited below; avoid an unhandled rejection if login fails first
  try {
    await client.login(fake.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  let stopped = false;
  return {
    client: client as Client<true>,
    errors,
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
    },
  };
}
