import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';

export function showApiError(error: unknown, title = 'That did not work'): void {
  const message = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
  notifications.show({ color: 'red', title, message, autoClose: 8_000 });
}

export function showSaved(message: string): void {
  notifications.show({ color: 'teal', title: 'Saved', message, autoClose: 3_000 });
}
