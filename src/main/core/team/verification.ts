/** The verification of the customer account: its steps, and the document the person uploads. */
import type { Verification } from '../../../shared/team/types';
import type { FeatureContext } from '../feature';
import { refreshAfterWrite } from './after-write';
import { ME, VERIFICATION } from './team-resources';

export interface DocumentUpload {
  kind: 'identity' | 'company';
  fileName: string;
  mimeType: 'application/pdf' | 'image/jpeg' | 'image/png';
  base64: string;
}

export async function uploadDocument(
  ctx: FeatureContext,
  upload: DocumentUpload,
): Promise<Verification> {
  const { sync } = ctx.signedIn();
  const { data } = await ctx.session.api.request<Verification>({
    method: 'POST',
    path: '/v1/account/verification/documents',
    body: upload,
    // up to 10 MB on a slow line
    timeoutMs: 120_000,
  });
  await refreshAfterWrite(sync, [VERIFICATION, ME], ctx.options.log);
  return data;
}
