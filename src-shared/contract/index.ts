import type { z } from 'zod';
import { appContract } from './app';
import { campaignsContract } from './campaigns';
import { databaseContract } from './database';
import { leadsContract } from './leads';
import { importsContract } from './imports';
import type { Procedure } from './procedure';
import { researchContract } from './research';
import { settingsContract } from './settings';
import { smtpContract } from './smtp';
import { doNotContactContract } from './do-not-contact';
import { sendingContract } from './sending';
import { customVariablesContract } from './custom-variables';
import { sequencesContract } from './sequences';
import { templatesContract } from './templates';

export const contract = {
  ...appContract,
  ...settingsContract,
  ...databaseContract,
  ...researchContract,
  ...leadsContract,
  ...smtpContract,
  ...doNotContactContract,
  ...sendingContract,
  ...importsContract,
  ...templatesContract,
  ...customVariablesContract,
  ...sequencesContract,
  ...campaignsContract,
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
/** What a caller sends. */
export type InputOf<N extends ProcedureName> = z.input<Contract[N]['input']>;
/** What a handler receives after the schema has parsed (defaults applied). */
export type ParsedInputOf<N extends ProcedureName> = z.output<Contract[N]['input']>;
export type OutputOf<N extends ProcedureName> = Contract[N] extends Procedure<z.ZodType, infer O> ? O : never;

export const procedureNames = Object.keys(contract) as ProcedureName[];

export function isProcedureName(name: string): name is ProcedureName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export type { EventName, EventPayloads } from './events';
export type { Procedure } from './procedure';
