// Opens (or focuses) the app's window and asks it to go to a screen once its page can hear it.
import type { Navigate } from '../../shared/contract-views';
import type { EventHub } from '../handlers/event-hub';
import type { RendererLocation } from './renderer-location';
import { createAppWindow } from './window-factory';

/** Shows the window at `target` (a freshly made window gets it when its page has loaded). */
export function showWindowAt(location: RendererLocation, target: Navigate, events: EventHub): void {
  const window = createAppWindow(location);
  const send = () => {
    events.emit('ctm:navigate', target);
  };
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}
