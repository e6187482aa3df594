import {
  IconFileImport,
  IconMailFast,
  IconSettings,
  IconTemplate,
  IconUsers,
  IconWorldSearch,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { SavedViewsNav } from '../leads/SavedViewsNav';

export interface NavItem {
  path: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Shown under the item in the sidebar (e.g. saved lead views). */
  children?: ComponentType;
}

export const navItems: NavItem[] = [
  { path: '/leads', label: 'Leads', icon: IconUsers, children: SavedViewsNav },
  { path: '/import', label: 'Import', icon: IconFileImport },
  { path: '/campaigns', label: 'Campaigns', icon: IconMailFast },
  { path: '/templates', label: 'Templates & sequences', icon: IconTemplate },
  { path: '/research', label: 'Research', icon: IconWorldSearch },
  { path: '/settings', label: 'Settings', icon: IconSettings },
];
