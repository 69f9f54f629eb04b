// The balance against the maximum as a bar, coloured by how much is left; the text beside it says
// the same in words, so colour is never the only signal.
export function Gauge({ balance, maximum, label }: { balance: number; maximum: number; label: string }) {
  const ratio = maximum > 0 ? Math.max(0, Math.min(1, balance / maximum)) : 0;
  const level = balance <= 3 ? 'low' : balance <= 6 ? 'medium' : 'high';
  return (
    <svg className={`gauge gauge--${level}`} viewBox="0 0 240 24" role="img" aria-label={label}>
      <rect x="1" y="1" width="238" height="22" rx="11" className="gauge__track" />
      {ratio > 0 && (
        <rect x="1" y="1" width={Math.max(22, 238 * ratio)} height="22" rx="11" className="gauge__fill" />
      )}
      {Array.from({ length: Math.max(0, maximum - 1) }, (_, index) => (
        <line
          key={index}
          x1={1 + (238 * (index + 1)) / maximum}
          x2={1 + (238 * (index + 1)) / maximum}
          y1="6"
          y2="18"
          className="gauge__tick"
        />
      ))}
    </svg>
  );
}
