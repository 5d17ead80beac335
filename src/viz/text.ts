/**
 * Text measurement without a DOM: an estimate good enough to keep labels apart and inside the
 * chart (layout functions stay pure and testable). About 0.55 em per character for the
 * system sans-serif fonts, wider for digits and capitals.
 */
export function estimateTextWidth(text: string, fontSize = 14): number {
  let units = 0;
  for (const ch of text) {
    if (/[A-ZÁÉÍÓÚÑ0-9%]/.test(ch)) units += 0.64;
    else if (/[\s.,·:;'’]/.test(ch)) units += 0.3;
    else units += 0.53;
  }
  return units * fontSize;
}

/** Cuts a label to fit a width, with an ellipsis; the full text stays in the tooltip and table. */
export function fitText(text: string, width: number, fontSize = 14): string {
  if (estimateTextWidth(text, fontSize) <= width) return text;
  let out = text;
  while (out.length > 1 && estimateTextWidth(out + '…', fontSize) > width) out = out.slice(0, -1);
  return out.trimEnd() + '…';
}
