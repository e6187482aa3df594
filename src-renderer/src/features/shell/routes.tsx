import type { ComponentType } from 'react';
import {
  CampaignsPlaceholder,
  ImportPlaceholder,
  LeadsPlaceholder,
  ResearchPlaceholder,
} from '../placeholders/placeholder-pages';
import { SettingsPage } from '../settings/SettingsPage';
import { TemplatesPage } from '../templates/TemplatesPage';

export interface AppRoute {
  path: string;
  component: ComponentType;
  /** Nested routes live under this path (e.g. /campaigns/:id). */
  nest?: boolean;
}

export const routes: AppRoute[] = [
  { path: '/leads', component: LeadsPlaceholder, nest: true },
  { path: '/import', component: ImportPlaceholder, nest: true },
  { path: '/campaigns', component: CampaignsPlaceholder, nest: true },
  { path: '/templates', component: TemplatesPage, nest: true },
  { path: '/research', component: ResearchPlaceholder, nest: true },
  { path: '/settings', component: SettingsPage, nest: true },
];
