import { describe, expect, it } from 'vitest';
import { paymentPageAllowed } from './payment-page-url';

const SANDBOX = 'http://127.0.0.1:4010';
const PROVIDER = 'https://api.cmo-hosting.example';

describe('payment pages the app opens', () => {
  it.each([
    ['https://www.paypal.com/checkoutnow?token=EC-1', PROVIDER, true],
    ['https://pay.example/session/1', SANDBOX, true],
    [`${SANDBOX}/v1/sandbox/pay/kcp_x`, SANDBOX, true],
    ['http://127.0.0.1:4011/v1/sandbox/pay/kcp_x', SANDBOX, false],
    ['http://localhost:4010/v1/sandbox/pay/kcp_x', SANDBOX, false],
    ['http://pay.example/session/1', PROVIDER, false],
    ['https://user:pw@pay.example/', PROVIDER, false],
    ['javascript:alert(1)', SANDBOX, false],
    ['file:///etc/passwd', SANDBOX, false],
    ['kundencenter://settings', SANDBOX, false],
    ['not a url', SANDBOX, false],
  ])('%s (API %s): %s', (url, api, allowed) => {
    expect(paymentPageAllowed(url, api)).toBe(allowed);
  });
});
