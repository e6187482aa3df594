import type { HandlersFor } from '../rpc/handlers-for';
import { appHandlers } from './app';
import { databaseHandlers } from './database';
import { importsHandlers } from './imports';
import { settingsHandlers } from './settings';

// Typed as HandlersFor: a procedure added to the contract without a handler fails the build here.
export const handlers: HandlersFor = {
  ...appHandlers,
  ...settingsHandlers,
  ...databaseHandlers,
  ...importsHandlers,
};
