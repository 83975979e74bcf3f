import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verification, VerificationStepId } from '../../shared/team/types';
import { LoadState } from '../billing/LoadState';
import { SyncedAt } from '../billing/SyncedAt';
import { NeedsConnection } from '../components/NeedsConnection';
import { useOnline } from '../components/use-online';
import { formatDateTime } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { hrefOf } from '../router/routes';
import { verificationStore } from './account-stores';
import { DOCUMENT_TYPES } from './document-file';
import { useUploadStore } from './upload-store';
import { RadioGroup } from '../components/RadioGroup';

/** How far the account's verification is: the steps, what is missing, what waits for it. */
export function VerificationView() {
  const state = verificationStore.use((s) => s);
  return (
    <LoadState state={state} retry={() => void verificationStore.load()}>
      {(verification, syncedAt) => (
        <>
          <VerificationSteps verification={verification} />
          <SyncedAt time={syncedAt} />
        </>
      )}
    </LoadState>
  );
}

function VerificationSteps({ verification }: { verification: Verification }) {
  const { t, i18n } = useTranslation();
  const step = (id: VerificationStepId) => verification.steps.find((s) => s.id === id);
  const documentStep = step('document');
  const canUpload =
    documentStep !== undefined &&
    (documentStep.state === 'open' || documentStep.state === 'rejected') &&
    verification.status !== 'verified';
  return (
    <>
      <p>
        <span className={`badge badge--${verification.status}`} data-testid="verification-status">
          {t(`verification.status.${verification.status}`)}
        </span>
      </p>
      {verification.status === 'rejected' && verification.rejectionReason ? (
        <div className="form-error" role="alert" data-testid="rejection-reason">
          <p>{t('account.verification.rejected', { reason: verification.rejectionReason })}</p>
        </div>
      ) : null}
      <ol className="link-list" data-testid="verification-steps" data-help-target="verification">
        {verification.steps.map((s) => (
          <li key={s.id} data-state={s.state} data-testid={`step-${s.id}`}>
            <strong>{t(`account.verification.steps.${s.id}`)}</strong>
            {': '}
            <span className={`badge badge--step-${s.state}`}>
              {t(`account.verification.states.${s.state}`)}
            </span>
            {s.state !== 'done' ? (
              <p className="meta">{t(`account.verification.todo.${s.id}`)}</p>
            ) : null}
            {s.id === 'customerData' && s.state !== 'done' ? (
              <p>
                <a href={hrefOf('/customer-information')}>{t('account.verification.toData')}</a>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {verification.waitingFeatures.length > 0 && verification.status !== 'verified' ? (
        <div className="notice" data-testid="waiting-features">
          <p>{t('account.verification.waiting')}</p>
          <ul>
            {verification.waitingFeatures.map((right) => (
              <li key={right}>{t(`team.rights.${right}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {verification.documents.length > 0 ? (
        <>
          <h3>{t('account.verification.documents')}</h3>
          <ul data-testid="verification-documents">
            {verification.documents.map((d) => (
              <li key={d.id}>
                {t('account.verification.document', {
                  name: d.fileName,
                  kind: t(`account.verification.kinds.${d.kind}`),
                  time: formatDateTime(d.uploadedAt, i18n.language),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <UploadedNotice />
      {canUpload ? <DocumentUpload /> : null}
    </>
  );
}

const DOCUMENT_KINDS = ['identity', 'company'] as const;
const KIND_GROUP = 'document-kind';

/** Stays after the upload, when the document step is done and the upload form has gone. */
function UploadedNotice() {
  const { t } = useTranslation();
  const uploaded = useUploadStore((s) => s.uploaded);
  if (!uploaded) return null;
  return (
    <p className="notice notice--success" role="status">
      {t('account.verification.uploaded', { name: uploaded })}
    </p>
  );
}

function DocumentUpload() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const { kind, pending, error } = useUploadStore();
  const { setKind, upload } = useUploadStore.getState();
  const send = (file: File | undefined) => {
    if (file && online) void upload(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    send(event.dataTransfer.files[0]);
  };
  return (
    <section className="card" aria-labelledby="upload-title" aria-busy={pending}>
      <h3 id="upload-title" className="card__title">
        {t('account.verification.uploadTitle')}
      </h3>
      <p>{t('account.verification.uploadIntro')}</p>
      <RadioGroup
        name={KIND_GROUP}
        legend={t('account.verification.kindLegend')}
        value={kind}
        options={DOCUMENT_KINDS}
        optionLabel={(k) => t(`account.verification.kinds.${k}`)}
        onChange={setKind}
      />
      <div
        className={over ? 'note drop-zone drop-zone--over' : 'note drop-zone'}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>{t('account.verification.dropHint')}</p>
        <label className="field__label" htmlFor="document-file">
          {t('account.verification.pick')}
        </label>
        <input
          ref={inputRef}
          id="document-file"
          type="file"
          accept={[...DOCUMENT_TYPES, '.pdf', '.jpg', '.jpeg', '.png'].join(',')}
          aria-describedby="document-file-hint"
          disabled={!online || pending}
          onChange={(event) => {
            send(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <p className="field__hint" id="document-file-hint">
          {t('account.verification.fileHint')}
        </p>
      </div>
      {!online ? <NeedsConnection id="upload-offline" /> : null}
      <div aria-live="polite">
        {pending ? <p role="status">{t('account.verification.uploading')}</p> : null}
      </div>
      {error ? (
        <div className="form-error" role="alert" data-testid="upload-error">
          <p>{errorText(error)}</p>
        </div>
      ) : null}
    </section>
  );
}
