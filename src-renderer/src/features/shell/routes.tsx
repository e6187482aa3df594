import type { ComponentType } from 'react';
import { CampaignsPlaceholder, LeadsPlaceholder, ResearchPlaceholder, TemplatesPlaceholder } from '../placeholders/placeholder-pages';
import { ImportPage } from '../import/ImportPage';
import { SettingsPage } from '../settings/SettingsPage';

export interface AppRoute {
  path: string;
  component: ComponentType;
  /** Nested routes live under this path (e.g. /campaigns/:id). */
  nest?: boolean;
}

export const routes: AppRoute[] = [
  { path: '/leads', component: LeadsPlaceholder, nest: true },
  { path: '/import', component: ImportPage, nest: true },
  { path: '/campaigns', component: CampaignsPlaceholder, nest: true },
  { path: '/templates', component: TemplatesPlaceholder, nest: true },
  { path: '/research', component: ResearchPlaceholder, nest: true },
  { path: '/settings', component: SettingsPage, nest: true },
];
