// A horizontal bar chart in plain SVG: brotli sizes of our pages against the peers, with the
// design budget and "a third of the lightest peer" as reference lines.

export interface Bar {
  readonly label: string;
  readonly note: string;
  readonly kb: number;
  readonly kind: 'ours' | 'peer' | 'quoted';
}

export interface Line {
  readonly label: string;
  readonly kb: number;
  readonly style: 'budget' | 'aim';
}

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char,
  );

const COLOURS = { ours: '#1f5fbf', peer: '#7b8494', quoted: '#b9c0cc' } as const;
const FONT = "system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', Roboto, sans-serif";

export function barChart(
  title: string,
  subtitle: string,
  bars: readonly Bar[],
  lines: readonly Line[],
) {
  const width = 800;
  const left = 300;
  const right = 70;
  const top = 84;
  const row = 46;
  const barHeight = 24;
  const plotWidth = width - left - right;
  const height = top + bars.length * row + 84;
  const largest = Math.max(...bars.map((b) => b.kb), ...lines.map((l) => l.kb));
  const step = largest > 40 ? 10 : 5;
  const max = Math.ceil((largest * 1.05) / step) * step;
  const x = (kb: number) => left + (kb / max) * plotWidth;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc" font-family="${FONT}">`,
    `<title id="title">${escape(title)}</title>`,
    `<desc id="desc">${escape(bars.map((b) => `${b.label}: ${b.kb.toFixed(1)} KB`).join('; '))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="24" y="34" font-size="19" font-weight="600" fill="#1d2430">${escape(title)}</text>`,
    `<text x="24" y="58" font-size="13" fill="#5b6474">${escape(subtitle)}</text>`,
  );
  // Grid and axis
  const axisY = top + bars.length * row;
  for (let kb = 0; kb <= max; kb += step) {
    out.push(
      `<line x1="${x(kb)}" y1="${top - 8}" x2="${x(kb)}" y2="${axisY}" stroke="#e3e7ee" stroke-width="1"/>`,
      `<text x="${x(kb)}" y="${axisY + 18}" font-size="12" fill="#5b6474" text-anchor="middle">${kb}</text>`,
    );
  }
  out.push(
    `<text x="${left + plotWidth}" y="${axisY + 36}" font-size="12" fill="#5b6474" text-anchor="end">KB of JavaScript, brotli (1 KB = 1,024 bytes)</text>`,
  );
  // Bars
  bars.forEach((bar, i) => {
    const y = top + i * row + (row - barHeight) / 2;
    out.push(
      `<text x="${left - 12}" y="${y + 10}" font-size="14" font-weight="600" fill="#1d2430" text-anchor="end">${escape(bar.label)}</text>`,
      `<text x="${left - 12}" y="${y + 26}" font-size="11.5" fill="#5b6474" text-anchor="end">${escape(bar.note)}</text>`,
      `<rect x="${left}" y="${y}" width="${Math.max(1, x(bar.kb) - left)}" height="${barHeight}" rx="3" fill="${COLOURS[bar.kind]}"${bar.kind === 'quoted' ? ' stroke="#7b8494" stroke-dasharray="4 3"' : ''}/>`,
      `<text x="${x(bar.kb) + 6}" y="${y + 17}" font-size="13" font-weight="600" fill="#1d2430">${bar.kb.toFixed(1)}</text>`,
    );
  });
  // Reference lines, explained in a legend under the axis
  lines.forEach((line, i) => {
    const colour = line.style === 'budget' ? '#b42318' : '#1a7f37';
    const dash = line.style === 'budget' ? '6 4' : '2 3';
    const legendY = axisY + 56 + i * 18;
    out.push(
      `<line x1="${x(line.kb)}" y1="${top - 8}" x2="${x(line.kb)}" y2="${axisY}" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>`,
      `<line x1="24" y1="${legendY - 4}" x2="56" y2="${legendY - 4}" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>`,
      `<text x="64" y="${legendY}" font-size="12.5" fill="${colour}">${escape(`${line.label}: ${line.kb.toFixed(1)} KB`)}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
