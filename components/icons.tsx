// Small icons (24×24, stroked, currentColor), drawn once per page in <IconSprite /> (root layout)
// and referenced with <use>, so a board with dozens of badges does not repeat their paths.
// Decorative: every icon sits next to a text label, so they are hidden from assistive technology.
import type { ReactNode } from "react";
import type { Status, Verdict } from "@/lib/rules/status";

/** The ring most icons draw their mark in. */
const inRing = (mark: ReactNode) => (
  <>
    <circle cx="12" cy="12" r="9" />
    {mark}
  </>
);

const shapes: Record<string, ReactNode> = {
  // dashed circle: nothing assessed yet
  NOT_YET_RATED: <circle cx="12" cy="12" r="9" strokeDasharray="3.5 3" />,
  // circle with an arrow: moving
  IN_PROGRESS: inRing(<path d="M9 12h6m-2.5-3 3 3-3 3" />),
  // pause
  STALLED: inRing(<path d="M10 9v6m4-6v6" />),
  // half-filled circle
  PARTIALLY_ACHIEVED: inRing(<path d="M12 3a9 9 0 0 1 0 18z" fill="currentColor" />),
  // check
  ACHIEVED: inRing(<path d="m8 12.5 2.5 2.5L16 9.5" />),
  // cross
  ABANDONED: inRing(<path d="m9 9 6 6m0-6-6 6" />),
  AT_RISK: <path d="M12 4 2.5 20h19zM12 10v4m0 3h.01" />,
  CLOCK: inRing(<path d="M12 7v5l3 2" />),
  EXTERNAL: <path d="M14 4h6v6m0-6-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />,
};

/** The icon definitions, once per page (in the root layout). */
export function IconSprite() {
  return (
    <svg aria-hidden="true" focusable="false" style={{ display: "none" }}>
      {Object.entries(shapes).map(([name, shape]) => (
        <symbol
          key={name}
          id={`icon-${name}`}
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          {shape}
        </symbol>
      ))}
    </svg>
  );
}

function Icon({ name, className = "size-4" }: { name: string; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" className={`shrink-0 ${className}`}>
      <use href={`#icon-${name}`} />
    </svg>
  );
}

export function StatusIcon({ status, className }: { status: Status; className?: string }) {
  return <Icon name={status} className={className} />;
}

const verdictShapes: Record<Verdict, string> = {
  CONDITIONS_MET: "ACHIEVED",
  CONDITIONS_FAILED: "ABANDONED",
  AT_RISK: "AT_RISK",
  ON_TRACK: "IN_PROGRESS",
  NOT_YET_RATED: "NOT_YET_RATED",
};

export function VerdictIcon({ verdict, className }: { verdict: Verdict; className?: string }) {
  return <Icon name={verdictShapes[verdict]} className={className} />;
}

export function ClockIcon({ className }: { className?: string }) {
  return <Icon name="CLOCK" className={className} />;
}

export function ExternalLinkIcon({ className }: { className?: string }) {
  return <Icon name="EXTERNAL" className={className} />;
}
