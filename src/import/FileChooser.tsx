import { useId, useState, type DragEvent } from 'react';
import { i18n } from '../i18n/i18n';

interface FileChooserProps {
  onFile: (file: File) => void;
  disabled?: boolean;
}

/** A real file input (keyboard and screen readers use it as it is) inside a zone a file can be dropped on. */
export function FileChooser({ onFile, disabled = false }: FileChooserProps) {
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={over ? 'file-drop over' : 'file-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId} className="file-drop-label">
        {i18n._({ id: 'import.choose', message: 'Choose a file, or drop it here' })}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,.json,.txt,text/csv,application/json"
        aria-describedby={hintId}
        disabled={disabled}
        data-testid="import-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          // The same file chosen again (say, after Cancel) must start a new import.
          event.currentTarget.value = '';
        }}
      />
      <p id={hintId} className="hint">
        {i18n._({
          id: 'import.choose-hint',
          message:
            'UN Comtrade CSV or JSON, China Customs (GACC) CSV in UTF-8 or GB18030, or this site’s tidy CSV.',
        })}
      </p>
    </div>
  );
}
