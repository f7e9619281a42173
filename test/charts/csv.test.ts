import { describe, expect, it } from "vitest";
import { chartState } from "../../src/lib/charts/catalog.ts";
import { toCsv } from "../../src/lib/charts/csv.ts";
import { neutralise } from "../../src/lib/csv-file.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import { dataTable } from "../../src/lib/charts/table.ts";
import { kecamatan, poverty } from "./cases.ts";

describe("CSV downloads", () => {
  it("start with a byte order mark, use CRLF and write numbers plainly with the column's decimals", () => {
    const csv = toCsv({
      columns: [
        { key: "a", label: "Wilayah", type: "text" },
        { key: "v", label: "Nilai (%)", type: "number", decimals: 2 },
        { key: "n", label: "Jumlah", type: "number", decimals: 0 },
      ],
      rows: [
        { cells: { a: "Luwu Utara", v: 14.7, n: 1357 }, sample: false },
        { cells: { a: 'Kata "kutip", koma', v: -0.59, n: undefined }, sample: false },
      ],
    });
    expect(csv).toBe('\ufeffWilayah,Nilai (%),Jumlah\r\nLuwu Utara,14.70,1357\r\n"Kata ""kutip"", koma",-0.59,\r\n');
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(["=SUM(A1)", "+62 812", "-x", "@cmd", "\tx", "\rx", "Seko", "1-2"].map(neutralise)).toEqual([
      "'=SUM(A1)",
      "'+62 812",
      "'-x",
      "'@cmd",
      "'\tx",
      "'\rx",
      "Seko",
      "1-2",
    ]);
    const csv = toCsv({ columns: [{ key: "a", label: "=HYPERLINK()", type: "text" }], rows: [{ cells: { a: "=1+1" }, sample: false }] });
    expect(csv).toBe("\ufeff'=HYPERLINK()\r\n'=1+1\r\n");
  });

  it("hold the table's rows in the page's language, sample rows marked", () => {
    const id = toCsv(dataTable(chartState(kecamatan(), chartId.ranking("air"), "id"))).split("\r\n");
    expect(id[0]).toBe("\ufeffPeringkat,Kecamatan,Kode Kemendagri,Nilai (%),Keterangan,Status data");
    expect(id[1]).toBe("1,Masamba,73.22.03,87.9,data contoh,data contoh");
    const en = toCsv(dataTable(chartState(poverty(), chartId.trend("p0"), "en"))).split("\r\n");
    expect(en[0]).toBe("\ufeffYear,Series,Value (%),Remarks,Source");
    expect(en[1]).toBe("2021,Luwu Utara,13.59,,Penerbit A: Angka kemiskinan (contoh)");
  });
});
