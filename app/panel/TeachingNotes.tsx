import { useBilingual, useStrings } from '../i18n/useStrings.ts';
import type { LossContent } from '../losses/types.ts';

/** The explanation and the pitfalls box. */
export function TeachingNotes({ content }: { content: LossContent }) {
  const t = useStrings();
  const text = useBilingual();
  return (
    <>
      <section className="explanation" aria-label={t.explanation}>
        <h3>{t.explanation}</h3>
        <p>{text(content.explanation)}</p>
      </section>
      <aside className="pitfalls" aria-label={t.pitfalls}>
        <h3>{t.pitfalls}</h3>
        <ul>
          {content.pitfalls.map((p, i) => (
            <li key={i}>{text(p)}</li>
          ))}
        </ul>
      </aside>
    </>
  );
}
