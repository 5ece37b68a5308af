// A quiet desktop notification, where the platform supports them.
import { Notification } from 'electron';

/** Shows `title` and `body`; does nothing where notifications are not supported. */
export function notify(title: string, body: string): void {
  if (Notification.isSupported()) new Notification({ title, body, silent: true }).show();
}
