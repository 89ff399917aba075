// Notes the parser leaves for normalize: places where the source was read in a way a reviewer
// should know about (a deliberate deviation from Tiki, an unclosed construct).

import type { Severity } from '../report/finding.js';

export interface ParseNote {
  ruleId: string;
  severity: Severity;
  offset: number;
  message: string;
}
