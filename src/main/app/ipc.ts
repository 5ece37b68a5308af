// The only ipcMain user. Each contract channel gets a handler behind ONE wrapper that checks
// the sender, then hands the call to the shared dispatcher (zod in, zod out, errors as values).
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  channelNames,
  events,
  type EventName,
  type EventPayloadOf,
  type IpcResult,
} from '../../shared/contract';
import { dispatch, failure, type ContractHandlers, type DispatchLog } from '../handlers/dispatch';

/** Who may call: the app's own windows, showing the app's own page, from the main frame. */
export interface SenderPolicy {
  isAppWindow(webContentsId: number): boolean;
  isAppUrl(url: string): boolean;
}

// Says why a sender is refused, or null when it may call. The reason goes to the log only.
function refusal(event: IpcMainInvokeEvent, policy: SenderPolicy): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'its frame is gone (navigated or destroyed)';
  if (frame.parent !== null) return 'it is not the main frame';
  if (!policy.isAppUrl(frame.url)) return `its page ${JSON.stringify(frame.url)} is not the app`;
  if (!policy.isAppWindow(event.sender.id)) return `webContents ${event.sender.id} is not ours`;
  return null;
}

/** Registers every contract channel; returns a function that removes them again. */
export function registerIpc(
  handlers: ContractHandlers,
  policy: SenderPolicy,
  // The app's file log (it masks secrets), never stdout.
  log: DispatchLog,
): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<IpcResult<unknown>> => {
      const reason = refusal(event, policy);
      if (reason) {
        log.warn(`ipc: ${channel}: refused a sender because ${reason}`);
        return failure('forbidden-sender', 'This window is not allowed to talk to the app.');
      }
      return dispatch(channel, payload, handlers, log);
    });
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel);
  };
}

/** Pushes a contract event to one window, after checking the payload against its schema. */
export function sendEvent<E extends EventName>(
  contents: WebContents,
  event: E,
  payload: EventPayloadOf<E>,
  log: DispatchLog,
): boolean {
  const parsed = events[event].safeParse(payload);
  if (!parsed.success) {
    log.error(`ipc: ${event}: refused to send a payload outside the contract`, parsed.error.issues);
    return false;
  }
  if (contents.isDestroyed()) return false;
  contents.send(event, parsed.data);
  return true;
}
