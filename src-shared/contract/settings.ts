import { z } from 'zod';
import { settingKeys, settingSchemas, type SettingKey, type Settings } from '../domain/settings-keys';
import { procedure } from './procedure';

const settingKey = z.enum(settingKeys as [SettingKey, ...SettingKey[]]);

// One input shape per key, so a value is checked against its own key's schema.
const setInput = z.discriminatedUnion(
  'key',
  settingKeys.map((key) => z.object({ key: z.literal(key), value: settingSchemas[key] }).strict()) as unknown as [
    z.ZodObject,
    ...z.ZodObject[],
  ],
);

export type SetSettingInput = { [K in SettingKey]: { key: K; value: Settings[K] } }[SettingKey];

export const settingsContract = {
  /** All settings with defaults filled in, or only the keys asked for. */
  'settings.get': procedure(z.object({ keys: z.array(settingKey).optional() }).strict()).returns<Partial<Settings>>(),
  'settings.set': procedure(setInput as unknown as z.ZodType<SetSettingInput, SetSettingInput>).returns<{
    key: SettingKey;
    updatedAt: string;
  }>(),
};
