import { realDispatcher, run } from '../helpers/core';

describe('/help', () => {
  it('lists every command with its examples, privately', async () => {
    const dispatcher = realDispatcher();
    const { reply } = await run(dispatcher, 'help', {});
    expect(reply.ephemeral).toBe(true);
    // Manager-only commands (/alerts) are listed to managers only.
    for (const def of dispatcher.commands.filter((d) => !d.managersOnly)) {
      const field = reply.fields.find((f) => f.name.startsWith(`/${def.name}:`));
      expect(field?.value).toContain(def.examples[0]);
    }
    expect(reply.sources.length).toBeGreaterThan(0);
  });

  it('in French', async () => {
    const { reply } = await run(realDispatcher(), 'help', {}, 'fr');
    expect(reply.fields[0]!.value).toMatch(/^Exemples/);
  });
});
