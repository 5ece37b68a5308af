// What a copy asks the clipboard for on each platform: the text plus that platform's marker,
// in Electron 45's raw-format names; markers of other platforms are not written there.
import { describe, expect, it } from 'vitest';
import { markerFormats } from '../../src/main/clipboard/marker-formats';
import { ALL_SECRET_MARKERS } from '../../src/main/clipboard/secret-clipboard';

describe('secret marker formats', () => {
  it('Windows: ExcludeClipboardContentFromMonitorProcessing, a zero DWORD', () => {
    const { formats, applied } = markerFormats(ALL_SECRET_MARKERS, 'win32');
    expect(applied).toEqual(['windows-exclude-monitoring']);
    expect(formats).toEqual({
      'electron application/osclipboard;format="ExcludeClipboardContentFromMonitorProcessing"':
        new Uint8Array(4),
    });
  });

  it('macOS: org.nspasteboard.ConcealedType', () => {
    expect(markerFormats(ALL_SECRET_MARKERS, 'darwin')).toEqual({
      applied: ['macos-concealed'],
      formats: { 'electron application/osclipboard;format="org.nspasteboard.ConcealedType"': '' },
    });
  });

  it('Linux (KDE): x-kde-passwordManagerHint = secret', () => {
    expect(markerFormats(ALL_SECRET_MARKERS, 'linux')).toEqual({
      applied: ['kde-password-hint'],
      formats: { 'electron application/osclipboard;format="x-kde-passwordManagerHint"': 'secret' },
    });
  });

  it('writes nothing extra where no marker applies or none was asked', () => {
    expect(markerFormats(ALL_SECRET_MARKERS, 'freebsd')).toEqual({ applied: [], formats: {} });
    expect(markerFormats([], 'linux')).toEqual({ applied: [], formats: {} });
  });
});
