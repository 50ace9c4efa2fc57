// The public's questions (政民互动) on 工作台: how many open ones are past their answer day and how many fall due soon,
// warned as requests are (issue 14), with the way to the list where they are answered.
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { Workbench } from '../../../contracts/workbench.ts';
import { cardTitle, inlineLink } from './styles.ts';

export function QuestionsCard({ questions }: { questions: NonNullable<Workbench['questions']> }) {
  const { overdue, dueSoon, withinWorkingDays } = questions;
  return (
    <Card
      size="small"
      title={
        <h2 id="workbench-questions" style={cardTitle}>
          公众留言
        </h2>
      }
    >
      <Flex vertical gap={8}>
        <span>
          超过答复期限未答复：
          <Typography.Text strong type={overdue > 0 ? 'danger' : undefined}>
            {overdue} 条
          </Typography.Text>
        </span>
        <span>
          {withinWorkingDays} 个工作日内到期：
          <Typography.Text strong>
            {dueSoon} 条
          </Typography.Text>
        </span>
        <span>
          {overdue + dueSoon > 0 ? '请尽快答复。' : '没有需要尽快答复的留言。'}
          <Link to="/participation?tab=questions" style={inlineLink}>
            去答复留言
          </Link>
        </span>
      </Flex>
    </Card>
  );
}
