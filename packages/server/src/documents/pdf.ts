/*
 * Product documents drawn on the fly as one-page PDFs: title, product, SKU and specs. No files,
 * identical on every machine, so the size the catalog announces is the size served.
 */

export interface DocumentContent {
  title: string;
  productName: string;
  brand: string;
  sku: string;
  specs: readonly { name: string; value: string; unit: string | null }[];
}

/** PDF core fonts speak WinAnsi (≈ Latin-1): fold the few characters outside it. */
function winAnsi(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[—–]/g, '-')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/…/g, '...')
    .replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
}

const pdfString = (text: string): string =>
  `(${winAnsi(text).replace(/[\\()]/g, (char) => `\\${char}`)})`;

export function documentPdf(content: DocumentContent): Uint8Array<ArrayBuffer> {
  const lines: [size: number, text: string][] = [
    [20, content.title],
    [14, content.productName],
    [11, `${content.brand} - ${content.sku}`],
    [11, ''],
    ...content.specs.map((spec): [number, string] => [
      11,
      `${spec.name} : ${spec.value}${spec.unit ? ` ${spec.unit}` : ''}`,
    ]),
    [11, ''],
    [9, 'Document de démonstration généré par le serveur de référence Vitrine.'],
  ];
  let y = 780;
  const text = lines
    .map(([size, line]) => {
      const op = `BT /F1 ${size} Tf 56 ${y} Td ${pdfString(line)} Tj ET`;
      y -= Math.round(size * 1.6);
      return op;
    })
    .join('\n');

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = Buffer.from(body, 'latin1');
  const pdf = new Uint8Array(new ArrayBuffer(bytes.byteLength));
  pdf.set(bytes);
  return pdf;
}
