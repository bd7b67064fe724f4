// Placeholder until the sample case's documents are written: see resources/sample.
import type { Db } from '../db/open'

export const SAMPLE_TITLE = 'Sample case: Drone memo, Feb 2025'

export function buildSampleCase(_db: Db, _sampleDir: string): void {}
