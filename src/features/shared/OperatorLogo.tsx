import { useState } from 'react';
import type { Hosting } from '../../core/common/hosting';

/**
 * The operator's logo from `hosting.json`, a picture beside the app. Nothing while the file loads,
 * without a logo, or when the picture cannot be loaded (a copy started offline before its first
 * visit): the page never shows a broken image.
 */
export function OperatorLogo({
  hosting,
  className,
}: {
  hosting: Hosting | null | undefined;
  className: string;
}) {
  const [failed, setFailed] = useState(false);
  if (!hosting?.logo.file || failed) return null;
  return (
    <img
      className={className}
      src={hosting.logo.file}
      alt={hosting.logo.alt || hosting.operator}
      onError={() => setFailed(true)}
      data-testid="operator-logo"
    />
  );
}
