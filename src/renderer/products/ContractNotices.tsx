import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeItem } from '../dashboard/NoticeItem';
import { connectNotices, noticesStore } from '../dashboard/notices-store';

/** The provider's notices (maintenance, incidents) naming this contract, newest first. */
export function ContractNotices({ contractId }: { contractId: string }) {
  const { t } = useTranslation();
  const cached = noticesStore.use((s) => s.cached);
  useEffect(() => connectNotices(), []);
  const notices = (cached?.data ?? []).filter((n) => n.contractIds?.includes(contractId));
  return (
    <section aria-labelledby="contract-notices-title" data-testid="contract-notices">
      <h3 id="contract-notices-title">{t('notices.contractTitle')}</h3>
      {notices.length === 0 ? (
        <p>{t('notices.contractNone')}</p>
      ) : (
        <ul className="notice-list">
          {notices.map((notice) => (
            <NoticeItem key={notice.id} notice={notice} />
          ))}
        </ul>
      )}
    </section>
  );
}
