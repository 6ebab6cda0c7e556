export function ProgressBar({ ratio, label }: { ratio: number; label: string }) {
  const percent = Math.floor(ratio * 100 + 1e-9);
  return (
    <span
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <span className="progress-bar" style={{ width: `${percent}%` }} />
    </span>
  );
}
