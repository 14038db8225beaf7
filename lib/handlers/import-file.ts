import type { CallRequest, CallResponse } from '../messages/background-calls';
import { describeZodError } from '../messages/envelope';
import { datasetSchema } from '../model/dataset';
import { looksLikeWebAnnotations, parseWebAnnotations } from '../export';
import { storeDataset } from '../db/store-dataset';
import type { BackgroundServices } from './services';
import { storeAnnotations } from './store-annotations';

/**
 * Imports a Crosscheck dataset (incidents, sources, claims) or a Web Annotation
 * file exported by Crosscheck. The file is read and checked whole before
 * anything is written, so a bad file changes nothing and says where it is bad.
 */
export async function importFile(
  services: BackgroundServices,
  request: CallRequest<'importFile'>,
): Promise<CallResponse<'importFile'>> {
  const value = parseJson(request.text, request.filename);
  if (looksLikeWebAnnotations(value)) {
    const stored = await storeAnnotations(services, parseWebAnnotations(value));
    return { kind: 'annotations', ...stored };
  }
  if (typeof value === 'object' && value !== null && 'format' in value && value.format === 'crosscheck-dataset') {
    const dataset = datasetSchema.safeParse(value);
    if (!dataset.success) throw new Error(`${request.filename} is not a valid Crosscheck dataset: ${describeZodError(dataset.error)}`);
    const stored = await storeDataset(services.db, dataset.data, 'import', services.now());
    await services.claimSearch.add(stored.changedClaims);
    return { kind: 'dataset', incidents: stored.incidents, sources: stored.sources, claims: stored.claims };
  }
  throw new Error(`${request.filename} is neither a Crosscheck dataset nor a Web Annotation export from Crosscheck.`);
}

function parseJson(text: string, filename: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${filename} is not valid JSON: ${(error as Error).message}`);
  }
}
