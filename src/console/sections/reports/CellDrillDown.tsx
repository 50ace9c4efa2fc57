// The drill-down of one cell of table 二 (第二十条第(一)项), 三 or 四 (GET /reports/annual/{year}/cells): a drawer
// listing the catalogue items, requests or review cases the cell counts — as many as its value — each linking to its
// page, so a clerk can check a figure against what it counts before the report goes out.
import { useQuery } from '@tanstack/react-query';
import { Drawer, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { CellDrillDown } from '../../../contracts/report-cells.ts';
import { api, queryString } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';

type Entry = CellDrillDown['entries'][number];

/** Where an entry is read in the console: a catalogue item, a request, or the request a review case concerns. */
function pageOf(entry: Entry): string | null {
  if (entry.kind === 'catalogueItem') return `/catalogue/${entry.id}`;
  return entry.requestId === null ? null : `/requests/${entry.requestId}`;
}

const DATE_LABEL: Record<Entry['kind'], string> = {
  catalogueItem: '成文日期：',
  request: '收到申请：',
  reviewCase: '立案：',
};

/** A cell the user opened: which table, row and column, and the words naming it (the drawer's title). */
export interface OpenedCell {
  table: 'proactive' | 'applications' | 'reviewLitigation';
  row: string;
  column: string;
  title: string;
}

export function CellDrawer({
  cell,
  agencyId,
  year,
  onClose,
}: {
  cell: OpenedCell | null;
  agencyId: string;
  year: number;
  onClose: () => void;
}) {
  const query = useQuery({
    queryKey: ['report-cell', agencyId, year, cell?.table, cell?.row, cell?.column],
    queryFn: () =>
      api.get<CellDrillDown>(
        `/reports/annual/${year}/cells${queryString({ agencyId, table: cell!.table, row: cell!.row, column: cell!.column })}`,
      ),
    enabled: cell !== null,
  });
  return (
    <Drawer open={cell !== null} onClose={onClose} title={cell?.title} size="large" destroyOnHidden>
      {cell !== null && (
        <QueryState query={query}>
          {(drill) => (
            <>
              <Typography.Paragraph>该格统计了 {drill.count} 件：</Typography.Paragraph>
              <List
                aria-label="该格统计的案件"
                dataSource={drill.entries}
                renderItem={(entry) => (
                  <List.Item key={entry.id}>
                    {pageOf(entry) === null ? (
                      <span>{entry.label}</span>
                    ) : (
                      <Link to={pageOf(entry)!} onClick={onClose}>
                        {entry.label}
                      </Link>
                    )}
                    <span>
                      {DATE_LABEL[entry.kind]}
                      {entry.date ?? '—'}
                    </span>
                  </List.Item>
                )}
              />
            </>
          )}
        </QueryState>
      )}
    </Drawer>
  );
}
