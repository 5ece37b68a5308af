// Imported first by the preview host's entry: an old Node stops with one sentence before keytar
// (built for the Node that ran `npm ci`) can crash it without a word.
import { refuseOldNode } from '../main/platform/node-version';

refuseOldNode('npm run preview');
