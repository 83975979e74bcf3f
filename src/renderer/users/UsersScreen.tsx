import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Right, Team, TeamUser } from '../../shared/team/types';
import { LoadState } from '../billing/LoadState';
import { SyncedAt } from '../billing/SyncedAt';
import { AppForm } from '../components/AppForm';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError } from '../components/FormError';
import { NeedsConnection } from '../components/NeedsConnection';
import { RowAction } from '../components/RowAction';
import { TextField } from '../components/TextField';
import { useDocumentTitle } from '../components/use-document-title';
import { useOnline } from '../components/use-online';
import { formatDate } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { RightsFieldset } from './RightsFieldset';
import { connectTeam, teamStore, useUsersStore } from './users-store';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';
import { SubmitCancel } from '../components/SubmitCancel';

const INVITE_OFFLINE_ID = 'invite-offline';
const INVITE_FORM_OFFLINE_ID = 'invite-form-offline';

/** "Benutzerverwaltung": users with their rights, pending invitations, inviting a new user. */
export function UsersScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('menu.users'));
  useEffect(() => connectTeam(), []);
  const state = teamStore.use((s) => s);
  const notice = useUsersStore((s) => s.notice);
  return (
    <div className="screen users">
      <h1>{t('menu.users')}</h1>
      <p className="lead">{t('users.intro')}</p>
      <div aria-live="polite">
        {notice ? (
          <p className="notice notice--success" role="status">
            {t(`users.notice.${notice.key}`, { email: notice.email })}
          </p>
        ) : null}
      </div>
      <InviteSection />
      <LoadState state={state} retry={() => void teamStore.load()}>
        {(team, syncedAt) => (
          <>
            <UsersTable team={team} />
            <RightsEditor team={team} />
            <InvitationsTable team={team} />
            <SyncedAt time={syncedAt} />
          </>
        )}
      </LoadState>
      <RemoveDialog />
    </div>
  );
}

/** "Kontakte, Domains" / "alle Rechte" for an owner */
function useRightsText(): (holder: { owner?: boolean; rights: readonly Right[] }) => string {
  const { t } = useTranslation();
  return (holder) => {
    if (holder.owner) return t('users.allRights');
    return holder.rights.map((r) => t(`team.rights.${r}`)).join(', ') || t('users.noRights');
  };
}

function InviteSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const form = useUsersStore(
    useShallow((s) => ({
      inviting: s.inviting,
      email: s.email,
      rights: s.rights,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
    })),
  );
  const { openInvite, closeInvite, setEmail, toggle, invite } = useUsersStore.getState();
  if (!form.inviting) {
    return (
      <div className="form__actions" data-help-target="invite-user">
        <OnlineOnlyButton
          offlineReasonId={INVITE_OFFLINE_ID}
          className="button button--primary"
          onClick={() => openInvite()}
        >
          {t('users.invite')}
        </OnlineOnlyButton>
        {!online ? <NeedsConnection id={INVITE_OFFLINE_ID} /> : null}
      </div>
    );
  }
  return (
    <section className="card" aria-labelledby="invite-title" data-help-target="invite-user">
      <h2 id="invite-title" className="card__title">
        {t('users.invite')}
      </h2>
      <p>{t('users.inviteIntro')}</p>
      <AppForm
        pending={form.pending}
        onSubmit={() => {
          if (online) void invite();
        }}
      >
        {!online ? <NeedsConnection id={INVITE_FORM_OFFLINE_ID} /> : null}
        {form.formError ? <FormError>{errorText(form.formError)}</FormError> : null}
        <TextField
          id="invite-email"
          label={t('login.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          autoFocus
          value={form.email}
          onValueChange={setEmail}
          error={form.fieldErrors.email && errorText(form.fieldErrors.email)}
        />
        <RightsFieldset
          id="invite"
          rights={form.rights}
          onToggle={toggle}
          error={form.fieldErrors.rights && errorText(form.fieldErrors.rights)}
        />
        <SubmitCancel
          offlineReasonId={INVITE_FORM_OFFLINE_ID}
          busy={form.pending}
          submit={t('users.sendInvite')}
          cancel={t('account.cancel')}
          onCancel={closeInvite}
        />
      </AppForm>
    </section>
  );
}

function UsersTable({ team }: { team: Team }) {
  const { t } = useTranslation();
  const rightsText = useRightsText();
  const online = useOnline();
  const { editRights, askRemove } = useUsersStore.getState();
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('users.usersTitle')}</h2>
      <div className="table-wrap">
        <table className="data-table" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('login.email')}</th>
              <th scope="col">{t('users.rights')}</th>
              <th scope="col">{t('users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {team.users.map((user) => (
              <tr key={user.id} data-testid={`user-${user.email}`}>
                <th scope="row">
                  {user.name || user.email}
                  {user.self ? ` ${t('users.you')}` : ''}
                </th>
                <td className="cell--wrap">{user.email}</td>
                <td>
                  {user.owner ? (
                    <span className="badge badge--current">{t('users.owner')}</span>
                  ) : null}{' '}
                  {rightsText(user)}
                </td>
                <td className="row-actions">
                  {user.owner || user.self ? null : (
                    <RowAction
                      text={t('layout.row.changeRights')}
                      label={t('users.changeRights', { name: user.name || user.email })}
                      disabled={!online}
                      onClick={() => editRights(user.id, user.rights)}
                    />
                  )}
                  {user.self ? null : (
                    <RowAction
                      danger
                      text={t('layout.row.remove')}
                      label={t('users.remove', { name: user.name || user.email })}
                      disabled={!online}
                      onClick={() => askRemove({ what: 'user', id: user.id, label: user.email })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RightsEditor({ team }: { team: Team }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { editing, pending, formError } = useUsersStore(
    useShallow((s) => ({ editing: s.editing, pending: s.pending, formError: s.formError })),
  );
  const { toggleEdited, saveRights, cancelEdit } = useUsersStore.getState();
  const user: TeamUser | undefined = editing
    ? team.users.find((u) => u.id === editing.userId)
    : undefined;
  if (!editing || !user) return null;
  return (
    <section className="card" aria-labelledby="rights-title">
      <h2 id="rights-title" className="card__title">
        {t('users.rightsOf', { name: user.name || user.email })}
      </h2>
      <AppForm pending={pending} onSubmit={() => void saveRights()}>
        {formError ? <FormError>{errorText(formError)}</FormError> : null}
        <RightsFieldset id="edit" rights={editing.rights} onToggle={toggleEdited} />
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('users.saveRights')}
          </button>
          <button type="button" className="button button--secondary" onClick={cancelEdit}>
            {t('account.cancel')}
          </button>
        </div>
      </AppForm>
    </section>
  );
}

function InvitationsTable({ team }: { team: Team }) {
  const { t, i18n } = useTranslation();
  const rightsText = useRightsText();
  const online = useOnline();
  const askRemove = useUsersStore((s) => s.askRemove);
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('users.invitationsTitle')}</h2>
      {team.invitations.length === 0 ? (
        <p className="meta">{t('users.noInvitations')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="invitations-table">
            <thead>
              <tr>
                <th scope="col">{t('login.email')}</th>
                <th scope="col">{t('users.rights')}</th>
                <th scope="col">{t('users.expires')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {team.invitations.map((invitation) => (
                <tr key={invitation.id} data-testid={`invitation-${invitation.email}`}>
                  <th scope="row">{invitation.email}</th>
                  <td>{rightsText(invitation)}</td>
                  <td>{formatDate(invitation.expiresAt, i18n.language)}</td>
                  <td className="row-actions">
                    <RowAction
                      danger
                      text={t('layout.row.revoke')}
                      label={t('users.revoke', { email: invitation.email })}
                      disabled={!online}
                      onClick={() =>
                        askRemove({
                          what: 'invitation',
                          id: invitation.id,
                          label: invitation.email,
                        })
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RemoveDialog() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { removal, pending, removalError } = useUsersStore(
    useShallow((s) => ({ removal: s.removal, pending: s.pending, removalError: s.removalError })),
  );
  const { confirmRemove, cancelRemove } = useUsersStore.getState();
  if (!removal) return null;
  const user = removal.what === 'user';
  return (
    <ConfirmDialog
      title={t(user ? 'users.removeTitle' : 'users.revokeTitle')}
      confirmLabel={t(user ? 'users.removeConfirm' : 'users.revokeConfirm')}
      cancelLabel={t('account.cancel')}
      pending={pending}
      onConfirm={() => void confirmRemove()}
      onCancel={cancelRemove}
      error={removalError ? <p>{errorText(removalError)}</p> : undefined}
    >
      <p>{t(user ? 'users.removeText' : 'users.revokeText', { email: removal.label })}</p>
    </ConfirmDialog>
  );
}
