// 工作台 of a supervising office: each agency under it at a glance (open, due soon, overdue, catalogue review
// backlog, annual report), with the way to 监督 for the details.
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { usePrincipal } from '../../api/session.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import type { AgencyOverview, Supervision } from '../../../contracts/workbench.ts';
import { ReportSummary } from './ReportCard.tsx';
import { cardTitle } from './styles.ts';

export function SupervisorWorkbench() {
  const principal = usePrincipal();
  const query = useQuery({ queryKey: ['supervision'], queryFn: () => api.get<Supervision>('/supervision') });
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          <PageTitle
            title="工作台"
            subtitle={`${principal.displayName}，您好。今天是 ${data.today}，所辖机关 ${data.agencies.length} 个。`}
            extra={<Link to="/supervision">进入监督</Link>}
          />
          {data.agencies.length === 0 ? (
            <Empty description="本机关下没有所辖机关" />
          ) : (
            <Row gutter={[16, 16]}>
              {data.agencies.map((agency) => (
                <Col key={agency.id} xs={24} xl={12}>
                  <AgencyCard agency={agency} withinWorkingDays={data.withinWorkingDays} />
                </Col>
              ))}
            </Row>
          )}
        </>
      )}
    </QueryState>
  );
}

function AgencyCard({ agency, withinWorkingDays }: { agency: AgencyOverview; withinWorkingDays: number }) {
  const titleId = `agency-${agency.id}`;
  const { report } = agency;
  return (
    <section aria-labelledby={titleId}>
      <Card
        size="small"
        title={
          <h2 id={titleId} style={cardTitle}>
            {agency.name}
          </h2>
        }
      >
        <Flex gap={24} wrap>
          <Statistic title="未办结" value={agency.open} suffix="件" />
          <Statistic title={`${withinWorkingDays} 个工作日内到期`} value={agency.dueSoon} suffix="件" />
          <Statistic
            title="已超期"
            value={agency.overdue}
            suffix="件"
            styles={{ content: agency.overdue > 0 ? { color: '#cf1322' } : undefined }}
          />
          <Statistic title="公开信息审核积压" value={agency.catalogueBacklog} suffix="条" />
        </Flex>
        <Typography.Paragraph style={{ margin: '12px 0 0' }}>
          <ReportSummary report={report} />
        </Typography.Paragraph>
      </Card>
    </section>
  );
}
