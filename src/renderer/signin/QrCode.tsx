// The otpauth URI as a QR code, drawn by the qrcode package's encoder as an SVG path (no canvas
// and no data: image, so the strict CSP stays as it is).
import QRCode from 'qrcode';
import { useMemo } from 'react';

/** One SVG path of the dark modules, with a quiet zone of 4 modules. */
function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (modules.get(x, y)) parts.push(`M${x + 4} ${y + 4}h1v1h-1z`);
    }
  }
  return { size: modules.size + 8, path: parts.join('') };
}

/** A QR code of `text`, labelled for screen readers. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={200}
      height={200}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** The secret key an otpauth URI carries, grouped in fours for typing by hand. */
export function setupKey(otpauthUri: string): string {
  try {
    const secret = new URL(otpauthUri).searchParams.get('secret') ?? '';
    return secret.replace(/(.{4})/g, '$1 ').trim();
  } catch {
    return '';
  }
}
