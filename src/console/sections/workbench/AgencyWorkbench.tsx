// 工作台 of a person in an agency: the requests overdue, due within five working days and (for those who sign)
// waiting for the decision; catalogue items waiting for their review step and drafts with screening findings; the
// annual report; the public's questions overdue or due soon. Only the parts the server sends (by the person's role)
// are shown.
import { useQuery } from '@tanstack/react-query';
import { Col, Row } from 'antd';
import { api } from '../../api/client.ts';
import { usePrincipal } from '../../api/session.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import type { Workbench } from '../../../contracts/workbench.ts';
import { CaseList } from './CaseList.tsx';
import { CatalogueList } from './CatalogueList.tsx';
import { QuestionsCard } from './QuestionsCard.tsx';
import { ReportCard } from './ReportCard.tsx';

export function AgencyWorkbench() {
  const principal = usePrincipal();
  const query = useQuery({ queryKey: ['workbench'], queryFn: () => api.get<Workbench>('/workbench') });
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          <PageTitle
            title="工作台"
            subtitle={`${principal.displayName}，您好。${data.agency.name}，今天是 ${data.today}。`}
          />
          <Row gutter={[16, 16]}>
            {data.requests && (
              <>
                <Col xs={24} xl={12}>
                  <CaseList
                    id="workbench-overdue"
                    title="已超期"
                    tone="danger"
                    cases={data.requests.overdue}
                    empty="没有超期未答复的申请"
                  />
                </Col>
                <Col xs={24} xl={12}>
                  <CaseList
                    id="workbench-due-soon"
                    title={`${data.withinWorkingDays} 个工作日内到期（至 ${data.dueSoonUntil}）`}
                    tone="warning"
                    cases={data.requests.dueSoon}
                    empty="近期没有到期的申请"
                  />
                </Col>
                {data.requests.toDecide && (
                  <Col xs={24} xl={12}>
                    <CaseList
                      id="workbench-to-decide"
                      title="待签发"
                      cases={data.requests.toDecide}
                      empty="没有等待作出决定的申请"
                    />
                  </Col>
                )}
              </>
            )}
            {data.catalogue && (
              <>
                <Col xs={24} xl={12}>
                  <CatalogueList
                    id="workbench-my-review"
                    title="待我审核的公开信息"
                    list={data.catalogue.awaitingMyReview}
                    empty="没有等待您审核的公开信息"
                  />
                </Col>
                <Col xs={24} xl={12}>
                  <CatalogueList
                    id="workbench-drafts"
                    title="发布前检查发现问题的草稿"
                    list={data.catalogue.draftsWithFindings}
                    empty="草稿都没有检查出问题"
                  />
                </Col>
              </>
            )}
            {data.report && (
              <Col xs={24} xl={12}>
                <ReportCard report={data.report} />
              </Col>
            )}
            {data.questions && (
              <Col xs={24} xl={12}>
                <QuestionsCard questions={data.questions} />
              </Col>
            )}
          </Row>
        </>
      )}
    </QueryState>
  );
}
