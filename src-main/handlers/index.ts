import type { HandlersFor } from '../rpc/handlers-for';
import { appHandlers } from './app';
import { campaignsHandlers } from './campaigns';
import { databaseHandlers } from './database';
import { researchHandlers } from './research';
import { leadsHandlers } from './leads';
import { importsHandlers } from './imports';
import { settingsHandlers } from './settings';
import { secretsHandlers, smtpHandlers } from './smtp';
import { doNotContactHandlers } from './do-not-contact';
import { sendingHandlers } from './sending';
import { customVariablesHandlers } from './custom-variables';
import { sequencesHandlers } from './sequences';
import { templatesHandlers } from './templates';

// Typed as HandlersFor: a procedure added to the contract without a handler fails the build here.
export const handlers: HandlersFor = {
  ...appHandlers,
  ...settingsHandlers,
  ...databaseHandlers,
  ...researchHandlers,
  ...leadsHandlers,
  ...smtpHandlers,
  ...secretsHandlers,
  ...doNotContactHandlers,
  ...sendingHandlers,
  ...importsHandlers,
  ...templatesHandlers,
  ...customVariablesHandlers,
  ...sequencesHandlers,
  ...campaignsHandlers,
};
