import { lazy, type ComponentType } from 'react';
import { LeadsPage } from '../leads/LeadsPage';

// Leads is where the app opens; every other page (the rich-text editor, the campaign builder…)
// loads when first visited, so the first screen parses a fraction of the code.
const ImportPage = lazy(() => import('../import/ImportPage').then((m) => ({ default: m.ImportPage })));
const CampaignsPage = lazy(() => import('../campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const ResearchPage = lazy(() => import('../research/ResearchPage').then((m) => ({ default: m.ResearchPage })));
const SettingsPage = lazy(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const OutboxPage = lazy(() => import('../sending/OutboxPage').then((m) => ({ default: m.OutboxPage })));
const TemplatesPage = lazy(() => import('../templates/TemplatesPage').then((m) => ({ default: m.TemplatesPage })));

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
