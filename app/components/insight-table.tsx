/**
 * The frame of every table on the insight pages: a scrollable region named by the section's
 * heading (keyboard users can focus it to scroll), the table with its caption and its header
 * row. The page renders the body rows: as React elements (`children`) or, for long tables, as a
 * markup tree (`rows`, ./markup.tsx: one string on the server, the same elements in the browser).
 */
import type { ReactNode } from 'react';
import { Markup, type MarkupNode } from './markup';

/** A column's header: its label, or `numeric(label)` for right-aligned numbers (`sk-num`). */
export type InsightColumn = string | { label: string; numeric: true };

export const numeric = (label: string): InsightColumn => ({ label, numeric: true });

export function InsightTable({
  labelledBy,
  caption,
  testId,
  columns,
  children,
  rows,
  rowGroups,
}: {
  /** The id of the heading that names the region. */
  labelledBy: string;
  caption: string;
  testId: string;
  columns: readonly InsightColumn[];
  /** The body rows. */
  children?: ReactNode;
  /** The body rows as a markup tree (instead of `children`). */
  rows?: MarkupNode;
  /**
   * The body rows in groups, one `<tbody>` each (instead of `rows`): a long table by district is
   * written as one short string per district instead of one long one (ADR 029).
   */
  rowGroups?: readonly MarkupNode[];
}) {
  const groups = rowGroups ?? (rows !== undefined ? [rows] : undefined);
  return (
    <div className="sk-in-table-wrap" role="region" tabIndex={0} aria-labelledby={labelledBy}>
      <table className="utrecht-table sk-in-table" data-testid={testId}>
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column, i) =>
              typeof column === 'string' ? (
                <th key={i} scope="col" className="utrecht-table__header-cell">
                  {column}
                </th>
              ) : (
                <th key={i} scope="col" className="utrecht-table__header-cell sk-num">
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        {groups !== undefined ? (
          groups.map((group, i) => <Markup key={i} as="tbody" className="utrecht-table__body" charRefs content={group} />)
        ) : (
          <tbody className="utrecht-table__body">{children}</tbody>
        )}
      </table>
    </div>
  );
}
