import { useMemo } from 'react';

/**
 * A QR code from its module matrix (main encodes it): one SVG path with a quiet zone of four
 * modules, black on white whatever the theme (scanners need the contrast). Drawn by React, so
 * no markup from outside is ever inserted. The GiroCode of a payment and the TOTP enrolment
 * both draw through it; `scale` is pixels per module, `className` the feature's frame.
 */
export function QrMatrixSvg({
  size,
  modules,
  label,
  scale = 4,
  className = 'qr-matrix',
  'data-testid': testId,
}: {
  size: number;
  modules: string;
  label: string;
  scale?: number;
  className?: string;
  'data-testid'?: string;
}) {
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
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      width={side * scale}
      height={side * scale}
      shapeRendering="crispEdges"
      data-testid={testId}
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
