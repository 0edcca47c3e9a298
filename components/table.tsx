// Tables: a header row drawn from a list of column headers, and the bordered box the admin's tables
// of records sit in.

/** A table's header row, one column header per entry of `columns`. */
export function HeaderRow({ columns, className = "px-3 py-2" }: { columns: React.ReactNode[]; className?: string }) {
  return (
    <tr>
      {columns.map((column, index) => (
        <th key={index} scope="col" className={className}>
          {column}
        </th>
      ))}
    </tr>
  );
}

/** Records in a white bordered box that scrolls sideways on a narrow screen; `footer` sits under the rows, in the box. */
export function RecordTable({
  columns,
  headerClassName,
  children,
  footer,
}: {
  columns: React.ReactNode[];
  headerClassName?: string;
  children: React.ReactNode;
  footer?: React.ReactNode;
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800">
          <HeaderRow columns={columns} className={headerClassName} />
        </thead>
        <tbody className="divide-y divide-slate-200 align-top dark:divide-slate-700">{children}</tbody>
      </table>
      {footer}
    </div>
  );
}
