// The status line: the app's name, version and platform, as main reports them.
import type { ResponseOf } from '../shared/contract';

const PLATFORM_NAMES: Record<string, string> = {
  darwin: 'macOS',
  win32: 'Windows',
  linux: 'Linux',
};

/** The footer line. */
export function Footer({ info }: { info: ResponseOf<'ctm:app-info'> | null }) {
  return (
    <footer className="status">
      {info
        ? `${info.name} ${info.version} · ${PLATFORM_NAMES[info.platform] ?? info.platform}`
        : 'Asking the app about itself…'}
    </footer>
  );
}
