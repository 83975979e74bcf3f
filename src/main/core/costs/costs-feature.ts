/**
 * "Kosten" in the core: the costs per contract of a period and the next invoice's forecast,
 * from the cached invoice list, invoice details and contracts (offline too); details not
 * cached are fetched while the server answers.
 */
import type { Invoice, InvoiceSummary } from '../../../shared/billing';
import type { CostsChannel } from '../../../shared/costs/ipc-names';
import type { CostsReport } from '../../../shared/costs/types';
import { addMonthsClamped } from '../../../shared/products/cancellation-date';
import type { ContractSummary } from '../../../shared/products/types';
import { ApiError } from '../api/api-error';
import { INVOICES } from '../billing/billing-resources';
import { localDay } from '../billing/overview';
import type { Feature, FeatureContext } from '../feature';
import { CONTRACTS } from '../products/contract-resources';
import type { SyncEngine } from '../sync/sync-engine';
import { costsCsv, costsFileName } from './costs-csv';
import { costsPerContract, countsAsCost, forecastNextInvoice } from './costs';

const CSV_FILTER = [{ name: 'CSV', extensions: ['csv'] }];
/** how far back the forecast looks for each contract's last billed period */
const FORECAST_LOOKBACK_MONTHS = 13;
const FETCH_PARALLEL = 4;

/** The details of the invoices asked for: cached, else fetched until the server fails once. */
async function loadDetails(
  sync: SyncEngine,
  summaries: readonly InvoiceSummary[],
): Promise<Map<string, Invoice>> {
  const out = new Map<string, Invoice>();
  let reachable = true;
  let next = 0;
  const one = async (summary: InvoiceSummary) => {
    let doc = await sync.readItem<Invoice>(INVOICES, summary.id);
    if (!doc && reachable) {
      doc = await sync.loadItem<Invoice>(INVOICES, summary.id).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      });
      // one unreachable fetch is enough: the rest would each wait out their retries
      if (!doc) reachable = false;
    }
    if (doc) out.set(summary.id, doc.data);
  };
  // a few at a time: a wide period of a large account may need thousands not cached yet
  const worker = async () => {
    while (next < summaries.length) await one(summaries[next++]!);
  };
  await Promise.all(Array.from({ length: FETCH_PARALLEL }, worker));
  return out;
}

/** The contracts list, or null when the user lacks the right to it (or it never arrived). */
async function readContracts(
  sync: SyncEngine,
): Promise<{ list: ContractSummary[]; forbidden: boolean }> {
  try {
    return { list: (await sync.read<ContractSummary[]>(CONTRACTS))?.data ?? [], forbidden: false };
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return { list: [], forbidden: true };
    throw error;
  }
}

export function createCostsFeature(ctx: FeatureContext): Feature<CostsChannel> {
  const { options, clock } = ctx;

  const report = async (from: string, to: string): Promise<CostsReport> => {
    const { sync } = ctx.signedIn();
    const list = await sync.read<InvoiceSummary[]>(INVOICES);
    if (!list) throw new ApiError(0, 'offline');
    const today = localDay(clock.now());
    const since = addMonthsClamped(today, -FORECAST_LOOKBACK_MONTHS);
    const counted = list.data.filter(countsAsCost);
    const inPeriod = counted.filter((i) => i.issueDate >= from && i.issueDate <= to);
    const recent = counted.filter((i) => i.issueDate >= since);
    const wanted = [...new Map([...inPeriod, ...recent].map((i) => [i.id, i])).values()];
    const [details, contracts] = await Promise.all([
      loadDetails(sync, wanted),
      readContracts(sync),
    ]);
    const periodInvoices = inPeriod.flatMap((i) => details.get(i.id) ?? []);
    const recentInvoices = recent.flatMap((i) => details.get(i.id) ?? []);
    const costs = costsPerContract(periodInvoices, contracts.list);
    return {
      from,
      to,
      invoices: inPeriod.length,
      missing: inPeriod.length - periodInvoices.length,
      ...costs,
      forecast: contracts.forbidden
        ? null
        : forecastNextInvoice(contracts.list, recentInvoices, today),
      contractsForbidden: contracts.forbidden,
    };
  };

  return {
    handlers: {
      'billing:costs': ({ from, to }) => report(from, to),
      'billing:costsCsv': async ({ from, to }) => {
        const costs = await report(from, to);
        const { saved } = await options.saveDialog.save({
          defaultName: costsFileName(from, to),
          filters: CSV_FILTER,
          data: Buffer.from(costsCsv(costs), 'utf8'),
        });
        return { saved, count: costs.rows.length };
      },
    },
  };
}
