/**
 * The upload form of the CSV import. Without JavaScript it is a plain multipart POST. With
 * JavaScript it checks the file's size first, sends it with visible progress (percent sent),
 * then says the file is being checked until the dry run appears.
 */
import { Form } from '@remix-run/react';
import { useEffect, useRef, useState } from 'react';
import { MAX_CSV_BYTES } from '../domain/csv/decode';
import { useMessageText } from './admin-form';
import { Button } from './form';
import { useTranslation } from './use-translation';

type Progress = { phase: 'idle' } | { phase: 'sending'; percent: number } | { phase: 'checking' } | { phase: 'error'; message: string };

export function ImportUploadForm({ error }: { error?: string }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const formRef = useRef<HTMLFormElement>(null);
  const [progress, setProgress] = useState<Progress>({ phase: 'idle' });

  useEffect(() => {
    const form = formRef.current;
    if (!form || typeof XMLHttpRequest === 'undefined') return;
    const onSubmit = (event: SubmitEvent) => {
      const input = form.elements.namedItem('bestand') as HTMLInputElement | null;
      const file = input?.files?.[0];
      if (!file) return; // the server answers with a clear message
      event.preventDefault();
      if (file.size === 0) return setProgress({ phase: 'error', message: 'csv.file.empty' });
      if (file.size > MAX_CSV_BYTES) return setProgress({ phase: 'error', message: 'csv.file.tooLarge' });
      const xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) setProgress({ phase: 'sending', percent: Math.round((e.loaded / e.total) * 100) });
      };
      xhr.upload.onload = () => setProgress({ phase: 'checking' });
      xhr.onload = () => {
        // Redirected to the dry run: go there. Otherwise let the browser post it and show the answer.
        if (xhr.responseURL && new URL(xhr.responseURL).pathname !== new URL(form.action).pathname) window.location.assign(xhr.responseURL);
        else HTMLFormElement.prototype.submit.call(form);
      };
      xhr.onerror = () => HTMLFormElement.prototype.submit.call(form);
      setProgress({ phase: 'sending', percent: 0 });
      xhr.send(new FormData(form));
    };
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
  }, []);

  const shownError = progress.phase === 'error' ? text(progress.message) : text(error);
  return (
    <Form method="post" encType="multipart/form-data" ref={formRef} reloadDocument className="sk-form" data-testid="import-form">
      <div className={`utrecht-form-field${shownError ? ' utrecht-form-field--invalid' : ''}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="bestand">
            {t('maint.import.file')}
          </label>
        </div>
        <div className="utrecht-form-field__description utrecht-form-field-description" id="bestand-description">
          {t('maint.import.fileHint')}
        </div>
        {shownError ? (
          <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id="bestand-error" role="alert">
            {shownError}
          </div>
        ) : null}
        <div className="utrecht-form-field__input">
          <input
            type="file"
            id="bestand"
            name="bestand"
            accept=".csv,.txt,text/csv,text/plain"
            required
            aria-describedby={shownError ? 'bestand-description bestand-error' : 'bestand-description'}
            aria-invalid={shownError ? true : undefined}
            className="sk-file-input"
          />
        </div>
      </div>
      <div className="sk-progress" role="status" aria-live="polite" data-testid="import-progress">
        {progress.phase === 'sending' ? (
          <>
            <label htmlFor="upload-progress">{t('maint.import.sending', { percent: progress.percent })}</label>
            <progress id="upload-progress" max={100} value={progress.percent}>
              {progress.percent}%
            </progress>
          </>
        ) : progress.phase === 'checking' ? (
          <>
            <label htmlFor="check-progress">{t('maint.import.checking')}</label>
            <progress id="check-progress" />
          </>
        ) : null}
      </div>
      <Button type="submit" disabled={progress.phase === 'sending' || progress.phase === 'checking'}>
        {t('maint.import.upload')}
      </Button>
    </Form>
  );
}

/** The apply button of the dry run: while the import runs (with JavaScript) it shows that it is busy. */
export function ApplyProgress({ busy }: { busy: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="sk-progress" role="status" aria-live="polite">
      {busy ? (
        <>
          <label htmlFor="apply-progress">{t('maint.import.applying')}</label>
          <progress id="apply-progress" />
        </>
      ) : null}
    </div>
  );
}
