import type { Installation, InstallationQuery, InstallationStore, Logger as BoltLogger } from '@slack/bolt';
import type { InstallationRow } from '../../alerts/store';

/** What the installation store needs from the alerts database (`AlertStore` has it). */
export interface InstallationRecords {
  saveInstallation(input: Omit<InstallationRow, 'installedAt' | 'updatedAt'> & { tenant: string | null; now: number }): Promise<{ resumed: number }>;
  installation(key: string): Promise<InstallationRow | undefined>;
  removeInstallation(input: { key: string; tenant: string | null; reason: string; now: number }): Promise<{ removed: boolean; paused: number }>;
}

/** Why a workspace's installation went away (`/alerts status` and the logs say it). */
export type RemovalReason = 'app_uninstalled' | 'tokens_revoked';

/** The row key of an installation: its enterprise for an org-wide install, else its workspace. */
export function installationKey(query: { teamId?: string | undefined; enterpriseId?: string | undefined; isEnterpriseInstall?: boolean | undefined }): string | undefined {
  if (query.isEnterpriseInstall && query.enterpriseId) return `enterprise:${query.enterpriseId}`;
  return query.teamId ? `team:${query.teamId}` : undefined;
}

/** The alerts tenant of a workspace (`slack:<team id>`), as subscriptions record it. */
export const slackTenant = (teamId: string | undefined): string | null => (teamId ? `slack:${teamId}` : null);

/**
 * Bolt's installation store (`storeInstallation`, `fetchInstallation`, `deleteInstallation`) on our database,
 * keyed by team id (enterprise id for org-wide installs). Installing resumes the workspace's paused alert
 * subscriptions; removing pauses them. Tokens are stored, never logged.
 */
export class SlackInstallationStore implements InstallationStore {
  constructor(
    private readonly records: InstallationRecords,
    private readonly clock: () => number = Date.now,
  ) {}

  async storeInstallation<AuthVersion extends 'v1' | 'v2'>(installation: Installation<AuthVersion, boolean>, logger?: BoltLogger): Promise<void> {
    const teamId = installation.team?.id;
    const enterpriseId = installation.enterprise?.id;
    const key = installationKey({ teamId, enterpriseId, isEnterpriseInstall: installation.isEnterpriseInstall });
    if (!key) throw new Error('Slack installation without a team or enterprise id');
    const { resumed } = await this.records.saveInstallation({
      key,
      platform: 'slack',
      teamId: teamId ?? null,
      enterpriseId: enterpriseId ?? null,
      body: JSON.stringify(installation),
      tenant: installation.isEnterpriseInstall ? null : slackTenant(teamId),
      now: this.clock(),
    });
    logger?.info(`letterbot installed (${key}); ${resumed} paused alert subscription(s) resumed`);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const installation = await this.find(query);
    if (!installation) throw new Error(`letterbot is not installed in ${installationKey(query) ?? 'this workspace'}`);
    return installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.remove(query, 'app_uninstalled');
  }

  /** The app left a workspace: forget its installation and pause its alert subscriptions. */
  async remove(query: InstallationQuery<boolean>, reason: RemovalReason): Promise<{ removed: boolean; paused: number }> {
    const key = installationKey(query);
    if (!key) return { removed: false, paused: 0 };
    return this.records.removeInstallation({ key, tenant: query.isEnterpriseInstall ? null : slackTenant(query.teamId), reason, now: this.clock() });
  }

  /** The bot token for an alerts tenant (`slack:<team id>`): the workspace's own installation, else none. */
  async botTokenFor(tenant: string | null | undefined): Promise<string | undefined> {
    const teamId = tenant?.startsWith('slack:') ? tenant.slice('slack:'.length) : undefined;
    return teamId ? (await this.find({ teamId, isEnterpriseInstall: false, enterpriseId: undefined }))?.bot?.token : undefined;
  }

  private async find(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean> | undefined> {
    const key = installationKey(query);
    const row = key ? await this.records.installation(key) : undefined;
    return row ? (JSON.parse(row.body) as Installation<'v1' | 'v2', boolean>) : undefined;
  }
}
