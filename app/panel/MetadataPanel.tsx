import { getLoss } from '../../src/index.ts';
import { useBilingual, useStrings } from '../i18n/useStrings.ts';
import { CONTENTS } from '../losses/contents.ts';
import { Formula } from './Formula.tsx';
import { PanelHeader } from './PanelHeader.tsx';
import { TeachingNotes } from './TeachingNotes.tsx';

function show(value: unknown): string {
  return value === null
    ? 'None'
    : typeof value === 'string'
      ? `'${value}'`
      : typeof value === 'boolean'
        ? value
          ? 'True'
          : 'False'
        : String(value);
}

/** For a loss whose interactive panel is not built yet: formula, arguments and keywords. */
export function MetadataPanel({ name }: { name: string }) {
  const t = useStrings();
  const text = useBilingual();
  const meta = getLoss(name).meta;
  const content = CONTENTS[name];
  return (
    <article className="panel metadata-panel" aria-label={name}>
      <PanelHeader name={name} />
      <p className="note" role="note">
        {t.panelComingNote}
      </p>
      {content && <Formula tex={content.formula} label={`${t.formula}: ${name}`} />}
      <h3>{t.arguments}</h3>
      <table>
        <thead>
          <tr>
            <th>{t.arguments}</th>
            <th>{t.shape}</th>
            <th>{t.description}</th>
          </tr>
        </thead>
        <tbody>
          {meta.arguments.map((a) => (
            <tr key={a.name}>
              <td>
                <code>{a.name}</code>
              </td>
              <td>
                <code>{a.shape}</code>
              </td>
              <td>{text(a.doc)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t.parameters}</h3>
      <table>
        <thead>
          <tr>
            <th>{t.keyword}</th>
            <th>{t.defaultValue}</th>
            <th>{t.description}</th>
          </tr>
        </thead>
        <tbody>
          {meta.keywords.map((k) => (
            <tr key={k.name}>
              <td>
                <code>{k.name}</code>
              </td>
              <td>
                <code>{show(k.default)}</code>
              </td>
              <td>{text(k.doc)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {content && <TeachingNotes content={content} />}
    </article>
  );
}
