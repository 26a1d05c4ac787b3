import type { Credit } from '@/captions/manifest';

/** A title's credits as a description list: role, then name. */
export function TitleCredits({ credits }: { credits: readonly Credit[] }) {
  return (
    <dl className="credits">
      {credits.map((credit) => (
        <div key={`${credit.role}-${credit.name}`} className="credit">
          <dt>{credit.role}</dt>
          <dd>{credit.name}</dd>
        </div>
      ))}
    </dl>
  );
}
