// Imported first by the CLI's entry, so an old Node stops here with one sentence, before any
// other module (or keytar, which a newer Node built and an older one crashes on) loads.
import { refuseOldNode } from '../main/platform/node-version';

refuseOldNode('cognito-tokens');
