import { relations } from 'drizzle-orm';
import { leadSourceRoi } from './analytics';
import { campaignLeads, campaigns } from './campaigns';
import { emails } from './emails';
import { leadBatches } from './imports';
import { leads } from './leads';
import { emailTemplates } from './templates';
import { workflowSteps, workflows } from './workflows';

// For the relational query API (db.query.leads.findMany({ with: { emails: true } })).
// Every one() here mirrors a foreign key declared in the table files, and each has its many().

export const leadsRelations = relations(leads, ({ one, many }) => ({
  batch: one(leadBatches, {
    fields: [leads.batchId],
    references: [leadBatches.id],
  }),
  emails: many(emails),
  campaignLeads: many(campaignLeads),
  leadSourceRoi: many(leadSourceRoi),
}));

export const leadBatchesRelations = relations(leadBatches, ({ many }) => ({
  leads: many(leads),
  campaigns: many(campaigns),
}));

export const campaignsRelations = relations(campaigns, ({ one, many }) => ({
  workflow: one(workflows, {
    fields: [campaigns.workflowId],
    references: [workflows.id],
  }),
  emailTemplate: one(emailTemplates, {
    fields: [campaigns.emailTemplateId],
    references: [emailTemplates.id],
  }),
  batch: one(leadBatches, {
    fields: [campaigns.batchId],
    references: [leadBatches.id],
  }),
  emails: many(emails),
  campaignLeads: many(campaignLeads),
}));

export const campaignLeadsRelations = relations(campaignLeads, ({ one }) => ({
  campaign: one(campaigns, {
    fields: [campaignLeads.campaignId],
    references: [campaigns.id],
  }),
  lead: one(leads, { fields: [campaignLeads.leadId], references: [leads.id] }),
}));

export const emailsRelations = relations(emails, ({ one }) => ({
  lead: one(leads, { fields: [emails.leadId], references: [leads.id] }),
  campaign: one(campaigns, {
    fields: [emails.campaignId],
    references: [campaigns.id],
  }),
}));

export const emailTemplatesRelations = relations(emailTemplates, ({ many }) => ({
  campaigns: many(campaigns),
  workflowSteps: many(workflowSteps),
}));

export const workflowsRelations = relations(workflows, ({ many }) => ({
  steps: many(workflowSteps),
  campaigns: many(campaigns),
}));

export const workflowStepsRelations = relations(workflowSteps, ({ one }) => ({
  workflow: one(workflows, {
    fields: [workflowSteps.workflowId],
    references: [workflows.id],
  }),
  template: one(emailTemplates, {
    fields: [workflowSteps.templateId],
    references: [emailTemplates.id],
  }),
}));

export const leadSourceRoiRelations = relations(leadSourceRoi, ({ one }) => ({
  lead: one(leads, { fields: [leadSourceRoi.leadId], references: [leads.id] }),
}));
