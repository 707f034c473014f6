import { useState } from 'preact/hooks';
import { useShowroom } from './showroom-context.js';

interface Props {
  text: string;
  label: string;
  /** Said in the live region once copied. */
  done: string;
  onCopied?(): void;
}

/** Copies `text`; where the clipboard is refused, shows it selectable with a message instead. */
export function CopyButton({ text, label, done, onCopied }: Props) {
  const { t, announce } = useShowroom();
  const [failed, setFailed] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      announce(done);
      onCopied?.();
    } catch {
      setFailed(true);
      announce(t('copyFailed'));
    }
  };
  return (
    <>
      <button onClick={copy}>
        {label}
      </button>
      {failed && <input readOnly value={text} aria-label={t('copyFailed')} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />}
    </>
  );
}
