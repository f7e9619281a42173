// The part of daff (paulfitz/daff, which ships no types) that src/lib/releases/diff.ts uses: aligning two versions of a table on its key.
declare module "daff" {
  interface Unit {
    /** Row in the first table (the header is row 0), -1 when the row is only in the second. */
    l: number;
    /** Row in the second table, -1 when the row is only in the first. */
    r: number;
  }
  class TableView {
    constructor(data: string[][]);
  }
  class CompareFlags {
    ids: string[] | null;
  }
  interface Alignment {
    toOrder(): { getList(): Unit[] };
  }
  function compareTables(a: TableView, b: TableView, flags?: CompareFlags): { align(): Alignment };
  const daff: { TableView: typeof TableView; CompareFlags: typeof CompareFlags; compareTables: typeof compareTables };
  export default daff;
}
