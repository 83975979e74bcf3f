import { describe, expect, it } from 'vitest';
import {
  cancellationRoute,
  cancelRoute,
  contractRoute,
  credentialsRoute,
  parseProductsPath,
} from './routes';

describe('products routes', () => {
  it('names the list, a contract, its credentials, its cancellation and the cancel page', () => {
    expect(parseProductsPath('/products')).toEqual({ view: 'list' });
    expect(parseProductsPath('/products/cancel')).toEqual({ view: 'cancel' });
    expect(parseProductsPath(contractRoute('c 1'))).toEqual({ view: 'detail', id: 'c 1' });
    expect(parseProductsPath(credentialsRoute('c-1'))).toEqual({ view: 'credentials', id: 'c-1' });
    expect(parseProductsPath(cancellationRoute('c-1'))).toEqual({
      view: 'cancellation',
      id: 'c-1',
    });
    expect(cancelRoute('c-1')).toBe('/products/cancel?contract=c-1');
  });

  it('refuses paths that name nothing', () => {
    expect(parseProductsPath('/products/')).toBeNull();
    expect(parseProductsPath('/products/c-1/other')).toBeNull();
    expect(parseProductsPath('/products/c-1/credentials/x')).toBeNull();
    expect(parseProductsPath('/products/%E0')).toBeNull();
    expect(parseProductsPath('/billing')).toBeNull();
  });
});
