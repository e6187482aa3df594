import { Tabs } from '@mantine/core';
import { IconDatabase, IconMailCog, IconPalette, IconUser, IconUserOff } from '@tabler/icons-react';
import { useLocation, useParams } from 'wouter';
import { PageHeader } from '../../components/PageHeader';
import { AppearanceSettings } from './AppearanceSettings';
import { DatabaseSettings } from './DatabaseSettings';
import { ProfileSettings } from './ProfileSettings';
import { DoNotContactSettings } from '../sending/DoNotContactSettings';
import { SendingAccountsSettings } from '../sending/SendingAccountsSettings';

const tabs = ['profile', 'sending-accounts', 'do-not-contact', 'appearance', 'database'] as const;

export function SettingsPage() {
  const [location, navigate] = useLocation();
  const current = tabs.find((tab) => location === `/${tab}`) ?? 'profile';
  useParams();
  return (
    <>
      <PageHeader title="Settings" description="Your profile, your sending accounts and who never to contact, how the app looks, and where your data lives." />
      <Tabs value={current} onChange={(tab) => navigate(`/${tab ?? 'profile'}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="profile" leftSection={<IconUser size={16} />}>
            Profile
          </Tabs.Tab>
          <Tabs.Tab value="sending-accounts" leftSection={<IconMailCog size={16} />}>
            Sending accounts
          </Tabs.Tab>
          <Tabs.Tab value="do-not-contact" leftSection={<IconUserOff size={16} />}>
            Do-not-contact
          </Tabs.Tab>
          <Tabs.Tab value="appearance" leftSection={<IconPalette size={16} />}>
            Appearance
          </Tabs.Tab>
          <Tabs.Tab value="database" leftSection={<IconDatabase size={16} />}>
            Database
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile">
          <ProfileSettings />
        </Tabs.Panel>
        <Tabs.Panel value="sending-accounts">
          <SendingAccountsSettings />
        </Tabs.Panel>
        <Tabs.Panel value="do-not-contact">
          <DoNotContactSettings />
        </Tabs.Panel>
        <Tabs.Panel value="appearance">
          <AppearanceSettings />
        </Tabs.Panel>
        <Tabs.Panel value="database">
          <DatabaseSettings />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
