// Contract handlers for tests that exercise a few channels: the rest throw if called.
import { createAppInfoHandler } from '../../src/main/handlers/app-info';
import type { ContractHandlers } from '../../src/main/handlers/dispatch';
import { channelNames } from '../../src/shared/contract';

/** Every channel: the given handlers, app-info answering, the rest throwing. */
export function handlersWith(partial: Partial<ContractHandlers> = {}): ContractHandlers {
  const all: Record<string, unknown> = {
    'ctm:app-info': createAppInfoHandler({ version: '0.1.0', platform: 'linux' }),
  };
  for (const channel of channelNames) {
    all[channel] ??= () => {
      throw new Error(`${channel} is not part of this test`);
    };
  }
  return { ...(all as ContractHandlers), ...partial };
}
