// Where the file number is printed on each licence format: the EU card's back, number top left on two
// lines; the pink three-fold's inside panel, field 5 left of the photo. Plain shapes, no official art.
export function EuCardDrawing({ label }: { label: string }) {
  return (
    <svg className="drawing" viewBox="0 0 170 108" role="img" aria-label={label}>
      <rect x="1" y="1" width="168" height="106" rx="8" fill="#fdf3f6" stroke="#6b5a60" strokeWidth="2" />
      <rect x="10" y="10" width="62" height="22" rx="3" fill="#fff" stroke="#b00040" strokeWidth="2.5" />
      <text x="14" y="19" fontSize="8" fill="#1e1e1e">
        13 06 75
      </text>
      <text x="14" y="28" fontSize="8" fill="#1e1e1e">
        100123
      </text>
      <rect x="12" y="44" width="26" height="20" rx="3" fill="#d9c48f" stroke="#6b5a60" />
      {[0, 1, 2, 3, 4].map((row) => (
        <rect key={row} x="52" y={44 + row * 10} width={100 - row * 8} height="5" rx="2" fill="#cbb8bf" />
      ))}
      <text x="152" y="100" fontSize="7" fill="#6b5a60" textAnchor="end">
        verso
      </text>
    </svg>
  );
}

export function PinkThreeFoldDrawing({ label }: { label: string }) {
  return (
    <svg className="drawing" viewBox="0 0 210 100" role="img" aria-label={label}>
      {[0, 1, 2].map((fold) => (
        <rect
          key={fold}
          x={1 + fold * 69.3}
          y="1"
          width="69.3"
          height="98"
          fill="#f6d6e0"
          stroke="#6b5a60"
          strokeWidth="1.5"
        />
      ))}
      <rect x="150" y="14" width="40" height="50" fill="#fff" stroke="#6b5a60" />
      <circle cx="170" cy="32" r="9" fill="#cbb8bf" />
      <rect x="158" y="44" width="24" height="14" rx="6" fill="#cbb8bf" />
      {[0, 1, 2, 3].map((row) => (
        <rect key={row} x="76" y={14 + row * 11} width="60" height="5" rx="2" fill="#d9a9b8" />
      ))}
      <rect x="73" y="62" width="75" height="16" rx="3" fill="#fff" stroke="#b00040" strokeWidth="2.5" />
      <text x="76" y="73" fontSize="7.5" fill="#1e1e1e">
        5. 030975000456
      </text>
    </svg>
  );
}
