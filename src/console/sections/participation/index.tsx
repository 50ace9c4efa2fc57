// 公众参与 (/console/participation, issue 14): 意见征集 (the comments waiting for moderation, with what the screening
// found), 留言 (questions by due day with the overdue count, answered here) and 工作要点 (a supervisor assigns the
// year's tasks and reads the roster; an agency records its progress) and 建议提案 (the register of 人大建议、政协
// 提案 and their replies). Each tab shows only what the person may do;
// the server decides.
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { can, usePrincipal } from '../../api/session.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Consultations } from './Consultations.tsx';
import { Proposals } from './Proposals.tsx';
import { Questions } from './Questions.tsx';
import { WorkPlan } from './WorkPlan.tsx';

export default function ParticipationSection() {
  const principal = usePrincipal();
  // ?tab=questions opens a tab directly (工作台 links to the questions to answer).
  const [search] = useSearchParams();
  const tabs = [
    ...(can(principal, 'participation.read')
      ? [
          { key: 'consultations', label: '意见征集', children: <Consultations /> },
          { key: 'questions', label: '留言答复', children: <Questions /> },
        ]
      : []),
    ...(can(principal, 'workPlan.read') || can(principal, 'workPlan.assign')
      ? [{ key: 'work-plan', label: '工作要点', children: <WorkPlan /> }]
      : []),
    ...(can(principal, 'proposals.read')
      ? [
          {
            key: 'proposals',
            label: '建议提案',
            children: <Proposals mayRecord={can(principal, 'proposals.record')} />,
          },
        ]
      : []),
  ];
  return (
    <>
      <PageTitle
        title="公众参与"
        subtitle="意见征集的意见审核、公众留言的答复、上级政务公开工作要点的落实。"
      />
      <Tabs
        items={tabs}
        defaultActiveKey={tabs.some((t) => t.key === search.get('tab')) ? search.get('tab')! : undefined}
        destroyOnHidden
      />
    </>
  );
}
