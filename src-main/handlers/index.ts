import type { HandlersFor } from '../rpc/handlers-for';
import { appHandlers } from './app';
import { databaseHandlers } from './database';
import { settingsHandlers } from './settings';
import { customVariablesHandlers } from './custom-variables';
import { sequencesHandlers } from './sequences';
import { templatesHandlers } from './templates';

// Typed as HandlersFor: a procedure added to the contract without a handler fails the build here.
export const handlers: HandlersFor = {
  ...appHandlers,
  ...settingsHandlers,
  ...databaseHandlers,
  ...templatesHandlers,
  ...customVariablesHandlers,
  ...sequencesHandlers,
};
