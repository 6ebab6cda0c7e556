// A workbook (core/present/sheets.ts) as an XLSX file, written in the browser by
// write-excel-file, which is loaded only when a spreadsheet is asked for. Header rows are bold and
// frozen, columns have their widths, numbers are numbers (levels with one decimal).
import type { Sheet, Workbook } from '../core/present/sheets';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sheetData(sheet: Sheet) {
  const header = sheet.columns.map((c) => ({
    value: c.header,
    fontWeight: 'bold' as const,
    wrap: true,
  }));
  const rows = sheet.rows.map((row) =>
    row.map((cell, i) => {
      const column = sheet.columns[i]!;
      if (cell === null) return null;
      if (typeof cell === 'number')
        return { value: cell, type: Number, ...(column.decimal ? { format: '0.0' } : {}) };
      return { value: cell, type: String, ...(column.wrap ? { wrap: true } : {}) };
    }),
  );
  return [header, ...rows];
}

export async function xlsxBlob(book: Workbook): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(
    book.sheets.map((sheet) => ({
      sheet: sheet.name,
      data: sheetData(sheet),
      columns: sheet.columns.map((c) => ({ width: c.width })),
      stickyRowsCount: 1,
    })),
  ).toBlob();
}
