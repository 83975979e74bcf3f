import { useMemo } from 'react';

/** A QR code from its module matrix (main encodes it): one SVG path, a quiet zone of 4. */
export function QrCode({ size, modules, label }: { size: number; modules: string; label: string }) {
  const path = useMemo(() => {
    let d = '';
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        if (modules[y * size + x] === '1') d += `M${x + 4} ${y + 4}h1v1h-1z`;
      }
    }
    return d;
  }, [size, modules]);
  const side = size + 8;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      width={side * 5}
      height={side * 5}
      shapeRendering="crispEdges"
      data-testid="totp-qr"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
