/**
 * The sandbox's stand-in for the payment provider's page (PayPal's, the card acquirer's): the
 * amount and invoice, and one button. A plain form (text/plain, no script), German like the
 * provider's own pages.
 */
import type { PaymentPage } from './online-payments';

const METHOD = { paypal: 'PayPal', credit_card: 'Kreditkarte' } as const;
const EURO = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 3rem auto; max-width: 32rem; padding: 0 1rem; }
button { font: inherit; padding: 0.6rem 1.4rem; }
.note { color: #555; font-size: 0.9rem; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function payPageHtml(info: PaymentPage): string {
  const method = METHOD[info.method];
  const title = `${method} (Sandbox): Rechnung ${info.invoiceNumber}`;
  if (info.paid) return paidPageHtml(info);
  return page(
    title,
    `<h1>${escape(method)} (Sandbox)</h1>
<p>CMO Hosting GmbH bittet um <strong>${escape(EURO.format(info.amountCents / 100))}</strong>
für die Rechnung ${escape(info.invoiceNumber)}.</p>
<form method="post" enctype="text/plain">
<button type="submit">Jetzt bezahlen</button>
</form>
<p class="note">Dies ist die Zahlungsseite der Sandbox: Es fließt kein Geld.</p>`,
  );
}

export function paidPageHtml(info: PaymentPage): string {
  return page(
    `Bezahlt: Rechnung ${info.invoiceNumber}`,
    `<h1>Zahlung erfolgreich</h1>
<p>Die Rechnung ${escape(info.invoiceNumber)} über
${escape(EURO.format(info.amountCents / 100))} ist bezahlt. Sie können dieses Fenster schließen;
das Kundencenter zeigt die Rechnung gleich als bezahlt.</p>`,
  );
}
