import type { ComponentType } from 'react';
import { LeadsPage } from '../leads/LeadsPage';
import { ImportPage } from '../import/ImportPage';
import { CampaignsPage } from '../campaigns/CampaignsPage';
import { ResearchPage } from '../research/ResearchPage';
import { SettingsPage } from '../settings/SettingsPage';
import { OutboxPage } from '../sending/OutboxPage';
import { TemplatesPage } from '../templates/TemplatesPage';

export interface AppRoute {
  path: string;
  component: ComponentType;
  /** Nested routes live under this path (e.g. /campaigns/:id). */
  nest?: boolean;
}

export const routes: AppRoute[] = [
  { path: '/leads/views/:id', component: LeadsPage },
  { path: '/leads/batch/:batchId', component: LeadsPage },
  { path: '/leads', component: LeadsPage, nest: true },
  { path: '/import', component: ImportPage, nest: true },
  { path: '/campaigns', component: CampaignsPage, nest: true },
  { path: '/templates', component: TemplatesPage, nest: true },
  { path: '/research', component: ResearchPage, nest: true },
  { path: '/outbox', component: OutboxPage, nest: true },
  { path: '/settings', component: SettingsPage, nest: true },
];
