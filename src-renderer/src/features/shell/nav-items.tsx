import { IconFileImport, IconMailFast, IconSettings, IconTemplate, IconUsers, IconWorldSearch } from '@tabler/icons-react';
import type { ComponentType } from 'react';

export interface NavItem {
  path: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
}

export const navItems: NavItem[] = [
  { path: '/leads', label: 'Leads', icon: IconUsers },
  { path: '/import', label: 'Import', icon: IconFileImport },
  { path: '/campaigns', label: 'Campaigns', icon: IconMailFast },
  { path: '/templates', label: 'Templates & sequences', icon: IconTemplate },
  { path: '/research', label: 'Research', icon: IconWorldSearch },
  { path: '/settings', label: 'Settings', icon: IconSettings },
];
