import { SHORTCUTS } from './shortcuts';

/**
 * The shortcut keys and what they do, from the one list the key handler uses: shown in the
 * shortcuts dialog and on the accessibility statement, so the two cannot disagree.
 */
export function ShortcutTable({ caption, className }: { caption: string; className?: string }) {
  return (
    <table className={className}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Action</th>
        </tr>
      </thead>
      <tbody>
        {SHORTCUTS.map((shortcut) => (
          <tr key={shortcut.action}>
            <td>
              <kbd>{shortcut.label}</kbd>
            </td>
            <td>{shortcut.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
